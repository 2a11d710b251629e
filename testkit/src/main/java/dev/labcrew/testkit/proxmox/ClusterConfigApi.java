package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /cluster/config/nodes} (Sys.Audit on {@code /}): corosync's node list, votes as strings as PVE sends them. */
final class ClusterConfigApi {
  private ClusterConfigApi() {}

  static void register(Routes routes) {
    routes.get("/cluster/config/nodes", "", call -> {
      call.require("/", "Sys.Audit");
      List<Map<String, Object>> rows = new ArrayList<>();
      for (NodeState n : call.lab.nodes.values()) {
        rows.add(Map.of("node", n.name(), "name", n.name(), "nodeid", String.valueOf(n.nodeid()), "quorum_votes", "1",
            "ring0_addr", n.ip()));
      }
      return Reply.of(rows);
    });
  }
}
