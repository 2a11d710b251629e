package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /version}, {@code /cluster/status}, {@code /nodes} and {@code /access/permissions}. */
final class ClusterApi {
  private ClusterApi() {}

  static void register(Routes routes) {
    routes.get("/version", "", call -> Reply.of(call.lab.version))
        .get("/cluster/status", "", ClusterApi::status)
        .get("/cluster/resources", "type:vm|storage|node|sdn", ResourcesView::list)
        .get("/nodes", "", ClusterApi::nodes)
        .get("/access/permissions", "path userid", ClusterApi::permissions);
  }

  private static Reply status(Call call) {
    call.require("/", "Sys.Audit");
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("type", "cluster");
    cluster.put("id", "cluster");
    cluster.put("name", call.lab.cluster);
    cluster.put("nodes", call.lab.nodes.size());
    cluster.put("quorate", call.quorate() ? 1 : 0);
    cluster.put("version", call.lab.nodes.size() + 1);
    rows.add(cluster);
    for (NodeState node : call.lab.nodes.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", "node");
      row.put("id", "node/" + node.name());
      row.put("name", node.name());
      row.put("ip", node.ip());
      row.put("nodeid", node.nodeid());
      row.put("online", call.offline(node.name()) ? 0 : 1);
      row.put("local", node.name().equals(call.lab.localNode()) ? 1 : 0);
      row.put("level", "");
      rows.add(row);
    }
    return Reply.of(rows);
  }

  /** Every node; stats only for online nodes the token may audit, as PVE's node index does. */
  private static Reply nodes(Call call) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (NodeState node : call.lab.nodes.values()) {
      rows.add(nodeRow(call, node));
    }
    return Reply.of(rows);
  }

  static Map<String, Object> nodeRow(Call call, NodeState node) {
    boolean offline = call.offline(node.name());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "node/" + node.name());
    row.put("type", "node");
    row.put("node", node.name());
    row.put("status", offline ? "offline" : "online");
    if (!offline && call.can("/nodes/" + node.name(), "Sys.Audit")) {
      row.put("cpu", node.cpu());
      row.put("maxcpu", node.maxcpu());
      row.put("mem", node.mem());
      row.put("maxmem", node.maxmem());
      row.put("disk", node.disk());
      row.put("maxdisk", node.maxdisk());
      row.put("uptime", node.uptime(call.now));
      row.put("level", "");
    }
    return row;
  }

  /** The token's effective privileges on {@code path}, or on every path its ACL names. */
  private static Reply permissions(Call call) {
    String path = call.param("path");
    Map<String, Set<String>> paths = path == null ? call.token.aclPaths()
        : Map.of(path, call.token.privileges(path));
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    paths.forEach((p, privs) -> {
      Map<String, Integer> granted = new LinkedHashMap<>();
      privs.stream().filter(priv -> call.can(p, priv)).forEach(priv -> granted.put(priv, 1));
      result.put(p, granted);
    });
    return Reply.of(result);
  }
}
