package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /cluster/ha/resources} and {@code /cluster/ha/status/current} (Sys.Audit on {@code /}): the HA resources
 * the scenario declares ({@code "ha": [{"sid": "vm:100", "state": "started"}]}); a lab without HA lists only the
 * quorum row, as PVE does.
 */
final class HaApi {
  private HaApi() {}

  static void register(Routes routes) {
    routes.get("/cluster/ha/resources", "type:ct|vm", call -> {
      call.require("/", "Sys.Audit");
      return Reply.of(call.lab.ha);
    }).get("/cluster/ha/status/current", "", HaApi::status);
  }

  private static Reply status(Call call) {
    call.require("/", "Sys.Audit");
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(Map.of("id", "quorum", "type", "quorum", "node", call.lab.localNode(), "quorate", call.quorate() ? 1 : 0,
        "status", call.quorate() ? "OK" : "No quorum on node '" + call.lab.localNode() + "'!"));
    if (!call.lab.ha.isEmpty()) {
      rows.add(Map.of("id", "master", "type", "master", "node", call.lab.localNode(),
          "status", call.lab.localNode() + " (active, " + call.now + ")", "timestamp", call.now));
      for (Map<String, Object> resource : call.lab.ha) {
        String sid = String.valueOf(resource.get("sid"));
        int vmid = Integer.parseInt(sid.substring(sid.indexOf(':') + 1));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "service:" + sid);
        row.put("type", "service");
        row.put("sid", sid);
        String node = call.lab.guest(vmid).map(Guest::node).orElse(call.lab.localNode());
        row.put("node", node);
        String wanted = String.valueOf(resource.getOrDefault("state", "started"));
        String state = call.offline(node) ? "fence" : wanted;
        row.put("state", state);
        row.put("request_state", wanted);
        row.put("status", sid + " (" + node + ", " + state + ")");
        rows.add(row);
      }
    }
    return Reply.of(rows);
  }
}
