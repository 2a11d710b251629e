package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code /nodes/{node}/tasks}, its {@code status} and {@code log}. A token sees its own tasks; other users' tasks
 * (a start at boot belongs to {@code root@pam}) need Sys.Audit on {@code /nodes/{node}}: the list leaves them out,
 * status and log answer 403.
 */
final class TaskApi {
  private TaskApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/tasks", "vmid:int typefilter start:int limit:int source:archive|active|all "
            + "errors:bool userfilter since:int until:int statusfilter", TaskApi::list)
        .get("/nodes/{node}/tasks/{upid}/status", "", TaskApi::status)
        .get("/nodes/{node}/tasks/{upid}/log", "start:int limit:int download:bool", TaskApi::log);
  }

  private static Reply list(Call call) {
    NodeState node = call.node();
    boolean auditor = call.can("/nodes/" + node.name(), "Sys.Audit");
    String source = call.param("source") == null ? "archive" : call.param("source");
    String vmid = call.param("vmid");
    String type = call.param("typefilter");
    String user = call.param("userfilter");
    long since = call.intParam("since", 0);
    long until = call.intParam("until", Integer.MAX_VALUE);
    Stream<Task> tasks = call.lab.tasks(node.name()).stream()
        .filter(t -> auditor || t.user().equals(call.token.id()))
        .filter(t -> source.equals("all") || t.running() == source.equals("active"))
        .filter(t -> vmid == null || t.id().equals(vmid))
        .filter(t -> type == null || t.type().equals(type))
        .filter(t -> user == null || t.user().toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT)))
        .filter(t -> !call.flag("errors") || t.failed())
        .filter(t -> t.starttime() >= since && t.starttime() <= until);
    List<Map<String, Object>> rows = tasks.map(TaskApi::row).toList();
    int start = Math.min(call.intParam("start", 0), rows.size());
    int end = Math.min(rows.size(), start + call.intParam("limit", 50));
    return Reply.withTotal(rows.subList(start, end), rows.size());
  }

  private static Reply status(Call call) {
    Task task = visibleTask(call);
    Map<String, Object> row = row(task);
    row.remove("endtime");
    row.remove("status");
    row.put("status", task.running() ? "running" : "stopped");
    if (!task.running()) {
      row.put("exitstatus", task.exitstatus());
    }
    return Reply.of(row);
  }

  /** Lines from {@code start} (0-based), {@code n} counting from 1; an empty log is one line {@code no content}. */
  private static Reply log(Call call) {
    List<String> lines = visibleTask(call).logLines();
    if (lines.isEmpty()) {
      return Reply.withTotal(List.of(Map.of("n", 1, "t", "no content")), 1);
    }
    int start = Math.min(call.intParam("start", 0), lines.size());
    int end = Math.min(lines.size(), start + call.intParam("limit", 50));
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = start; i < end; i++) {
      rows.add(Map.of("n", i + 1, "t", lines.get(i)));
    }
    return Reply.withTotal(rows, lines.size());
  }

  private static Task visibleTask(Call call) {
    NodeState node = call.node();
    String upid = call.var("upid");
    if (!upid.matches("UPID:[a-zA-Z0-9-]+:[0-9A-Fa-f]{8}:[0-9A-Fa-f]{8,9}:[0-9A-Fa-f]{8}:[^:\\s/]+:[^:\\s/]*:[^:\\s/]+:")) {
      throw ApiException.param("upid", "unable to parse worker upid '" + upid + "'");
    }
    Task task = call.lab.task(upid).filter(t -> t.node().equals(node.name()))
        .orElseThrow(() -> ApiException.param("upid", "no such task"));
    if (!task.user().equals(call.token.id())) {
      call.require("/nodes/" + node.name(), "Sys.Audit");
    }
    return task;
  }

  /**
   * A list row; a token's task shows {@code user} and {@code tokenid} apart, as PVE splits them. A running task has
   * no {@code endtime} and status {@code RUNNING}, as PVE's list marks the tasks of its active file.
   */
  private static Map<String, Object> row(Task t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("upid", t.upid());
    row.put("node", t.node());
    row.put("pid", t.pid());
    row.put("pstart", t.pstart());
    row.put("starttime", t.starttime());
    row.put("type", t.type());
    row.put("id", t.id());
    int bang = t.user().indexOf('!');
    row.put("user", bang < 0 ? t.user() : t.user().substring(0, bang));
    if (bang >= 0) {
      row.put("tokenid", t.user().substring(bang + 1));
    }
    if (t.running()) {
      row.put("status", "RUNNING");
    } else {
      row.put("endtime", t.endtime());
      row.put("status", t.exitstatus());
    }
    return row;
  }
}
