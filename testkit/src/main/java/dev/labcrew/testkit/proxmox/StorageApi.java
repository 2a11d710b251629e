package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /nodes/{node}/storage} and {@code /nodes/{node}/storage/{storage}/status}, as pvestatd reports them: an
 * inactive storage has {@code active: 0} and no usage; rows need Datastore.Audit or Datastore.AllocateSpace.
 */
final class StorageApi {
  private StorageApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/storage", "content storage enabled:bool format:bool target", StorageApi::list)
        .get("/nodes/{node}/storage/{storage}/status", "", StorageApi::status);
  }

  private static Reply list(Call call) {
    NodeState node = call.node();
    String only = call.param("storage");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StorageState s : call.lab.storages) {
      if (s.node().equals(node.name()) && (only == null || only.equals(s.storage())) && audits(call, s)) {
        rows.add(row(s));
      }
    }
    return Reply.of(rows);
  }

  private static Reply status(Call call) {
    NodeState node = call.node();
    String id = call.var("storage");
    StorageState s = Volumes.storage(call.lab, node.name(), id)
        .orElseThrow(() -> ApiException.serverError("storage '" + id + "' does not exist"));
    if (!audits(call, s)) {
      call.require("/storage/" + id, "Datastore.Audit");
    }
    Map<String, Object> row = row(s);
    row.remove("storage");
    return Reply.of(row);
  }

  private static boolean audits(Call call, StorageState s) {
    String path = "/storage/" + s.storage();
    return call.can(path, "Datastore.Audit") || call.can(path, "Datastore.AllocateSpace");
  }

  static Map<String, Object> row(StorageState s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("storage", s.storage());
    row.put("type", s.plugintype());
    row.put("content", s.content());
    row.put("shared", s.shared() ? 1 : 0);
    row.put("enabled", 1);
    row.put("active", s.active() ? 1 : 0);
    if (s.active()) {
      row.put("total", s.maxdisk());
      row.put("used", s.disk());
      row.put("avail", Math.max(0, s.maxdisk() - s.disk()));
      row.put("used_fraction", s.maxdisk() == 0 ? 0.0 : (double) s.disk() / s.maxdisk());
    }
    return row;
  }
}
