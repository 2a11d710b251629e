package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /cluster/resources}: one request for the whole cluster, rows filtered by what the token may audit. */
final class ResourcesView {
  private ResourcesView() {}

  static Reply list(Call call) {
    String type = call.param("type");
    List<Map<String, Object>> rows = new ArrayList<>();
    if (type == null || type.equals("vm")) {
      for (Guest g : call.lab.guests.values()) {
        if (call.can("/vms/" + g.vmid(), "VM.Audit")) {
          rows.add(GuestView.resource(g, call.lab.nodes.get(g.node()), call.offline(g.node()), call.now));
        }
      }
    }
    if (type == null || type.equals("node")) {
      for (NodeState node : call.lab.nodes.values()) {
        if (call.can("/nodes/" + node.name(), "Sys.Audit")) {
          Map<String, Object> row = ClusterApi.nodeRow(call, node);
          row.put("cgroup-mode", 2);
          rows.add(row);
        }
      }
    }
    if (type == null || type.equals("storage")) {
      for (StorageState s : call.lab.storages) {
        String path = "/storage/" + s.storage();
        if (call.can(path, "Datastore.Audit") || call.can(path, "Datastore.AllocateSpace")) {
          rows.add(storageRow(s, call.offline(s.node())));
        }
      }
    }
    return Reply.of(rows);
  }

  private static Map<String, Object> storageRow(StorageState s, boolean nodeOffline) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "storage/" + s.node() + "/" + s.storage());
    row.put("type", "storage");
    row.put("storage", s.storage());
    row.put("node", s.node());
    row.put("status", nodeOffline || !s.active() ? "unknown" : "available");
    row.put("plugintype", s.plugintype());
    row.put("content", s.content());
    row.put("shared", s.shared() ? 1 : 0);
    if (!nodeOffline && s.active()) {
      row.put("disk", s.disk());
      row.put("maxdisk", s.maxdisk());
    }
    return row;
  }
}
