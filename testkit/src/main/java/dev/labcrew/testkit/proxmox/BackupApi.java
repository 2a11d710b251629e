package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /cluster/backup} (Sys.Audit on {@code /}) and {@code GET /nodes/{node}/storage/{storage}/content}
 * (Datastore.Audit or Datastore.AllocateSpace on {@code /storage/{storage}}), the backups a storage holds.
 */
final class BackupApi {
  private BackupApi() {}

  static void register(Routes routes) {
    routes.get("/cluster/backup", "", call -> {
      call.require("/", "Sys.Audit");
      return Reply.of(call.lab.backupJobs);
    }).get("/nodes/{node}/storage/{storage}/content", "content vmid:int", BackupApi::content);
  }

  private static Reply content(Call call) {
    String storage = call.var("storage");
    call.requireAny("/storage/" + storage, "Datastore.Audit", "Datastore.AllocateSpace");
    String node = call.node().name();
    boolean known = call.lab.storages.stream().anyMatch(s -> s.node().equals(node) && s.storage().equals(storage));
    if (!known) {
      throw ApiException.serverError("storage '" + storage + "' does not exist");
    }
    String content = call.param("content");
    String vmid = call.param("vmid");
    List<Map<String, Object>> rows = new ArrayList<>();
    if (content == null || content.equals("backup")) {
      for (BackupArchive b : call.lab.backups) {
        if (b.node().equals(node) && b.storage().equals(storage) && (vmid == null || vmid.equals(String.valueOf(b.vmid())))) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("volid", b.volid());
          row.put("content", "backup");
          row.put("format", b.format() == null ? "vma.zst" : b.format());
          row.put("size", b.size());
          row.put("ctime", b.ctime());
          row.put("vmid", b.vmid());
          row.put("subtype", b.type());
          rows.add(row);
        }
      }
    }
    return Reply.of(rows);
  }
}
