package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restoring a container from a vzdump archive, as a golden-image provisioning job does (seed 004): {@code GET
 * /cluster/nextid}, {@code GET /nodes/{node}/vzdump/extractconfig} (the archive's {@code pct.conf}) and {@code POST
 * /nodes/{node}/lxc} with {@code restore=1} (apidata: VM.Allocate on {@code /vms/{vmid}}, Datastore.AllocateSpace on
 * the target storage). As a token's {@code vzrestore} does, the guest keeps the archive's identity: its MAC
 * ({@code hwaddr}), hostname and features (seed 004 F1, F2, F5). The config exists at once with {@code lock: create};
 * the task allocates the rootfs on the target storage and clears the lock.
 */
final class RestoreApi {
  private RestoreApi() {}

  static void register(Routes routes) {
    routes.get("/cluster/nextid", "vmid:int", RestoreApi::nextId)
        .get("/nodes/{node}/vzdump/extractconfig", "!volume", RestoreApi::extractConfig)
        .post("/nodes/{node}/lxc", "!vmid:int !ostemplate:string[255] restore:bool storage force:bool unique:bool"
            + " hostname:dns-name[255] description:string[8192] start:bool", RestoreApi::restore);
  }

  /** The lowest free VMID from 100, or, given one, that one when free; a taken one is PVE's 400. */
  private static Reply nextId(Call call) {
    String wanted = call.param("vmid");
    if (wanted != null) {
      if (call.lab.guests.containsKey(Integer.parseInt(wanted))) {
        throw ApiException.param("vmid", "VM " + wanted + " already exists");
      }
      return Reply.of(wanted);
    }
    int id = 100;
    while (call.lab.guests.containsKey(id)) {
      id++;
    }
    return Reply.of(String.valueOf(id));
  }

  private static Reply extractConfig(Call call) {
    BackupArchive archive = archive(call, call.param("volume"));
    call.require("/storage/" + archive.storage(), "Datastore.AllocateSpace");
    return Reply.of(ConfigValues.fileText(embedded(call.lab, archive), List.of()));
  }

  private static Reply restore(Call call) {
    int vmid = Integer.parseInt(call.param("vmid"));
    call.require("/vms/" + vmid, "VM.Allocate");
    if (!call.flag("restore")) {
      throw ApiException.serverError("creating from a template is not simulated; restore=1 from a backup archive is");
    }
    BackupArchive archive = archive(call, call.param("ostemplate"));
    if (!archive.type().equals("lxc")) {
      throw ApiException.serverError("archive '" + archive.volid() + "' is a VM backup, not a container's");
    }
    String sid = call.param("storage") == null ? "local" : call.param("storage");
    call.require("/storage/" + sid, "Datastore.AllocateSpace");
    StorageState storage = Volumes.storage(call.lab, call.node().name(), sid)
        .orElseThrow(() -> ApiException.serverError("storage '" + sid + "' does not exist"));
    if (!storage.content().contains("rootdir")) {
      throw ApiException.serverError("storage '" + sid + "' does not allow content type 'rootdir' (Container)");
    }
    if (call.lab.guests.containsKey(vmid)) {
      throw ApiException.serverError("CT " + vmid + " already exists on node '" + call.lab.guests.get(vmid).node() + "'");
    }
    Map<String, Object> config = new LinkedHashMap<>(embedded(call.lab, archive));
    String rootfs = String.valueOf(config.getOrDefault("rootfs", "local-lvm:vm-" + archive.vmid() + "-disk-0,size=8G"));
    Map<String, String> disk = PropertyString.parse(rootfs, "volume");
    long bytes = ResizeApi.parseSize(disk.getOrDefault("size", "8G"));
    config.keySet().removeIf(key -> key.matches("mp\\d+|unused\\d+|parent|lock"));
    for (String override : List.of("hostname", "description")) {
      if (call.param(override) != null) {
        config.put(override, call.param(override));
      }
    }
    config.put("rootfs", sid + ":" + (storage.plugintype().equals("zfspool") ? "subvol-" : "vm-") + vmid + "-disk-0,size="
        + PropertyString.formatSize(bytes));
    config.put("lock", "create");
    Guest guest = new Guest(vmid, "lxc", call.node().name(), config, List.of(), null, Map.of(), null);
    call.lab.guests.put(vmid, guest);
    return PowerApi.task(call, guest, "vzrestore", job -> finish(job, storage, archive, bytes));
  }

  /** The worker: room on the storage, then the restore; a failed restore removes the half-made config, as PVE does. */
  private static void finish(Job job, StorageState storage, BackupArchive archive, long bytes) {
    if (!storage.active()) {
      job.lab.guests.remove(job.guest.vmid());
      throw ApiException.serverError("storage '" + storage.storage() + "' is not online");
    }
    if (storage.maxdisk() - storage.disk() < bytes) {
      job.lab.guests.remove(job.guest.vmid());
      throw ApiException.serverError("unable to create CT " + job.guest.vmid() + " - insufficient free space on '"
          + storage.storage() + "'");
    }
    job.log("extracting archive '" + archive.volid() + "'");
    job.log("Total bytes read: " + archive.size());
    job.log("merging backed-up and given configuration..");
    job.guest.config().remove("lock");
  }

  static BackupArchive archive(Call call, String volid) {
    String node = call.node().name();
    return call.lab.backups.stream().filter(b -> b.node().equals(node) && b.volid().equals(volid)).findFirst()
        .orElseThrow(() -> ApiException.serverError("volume '" + volid + "' does not exist"));
  }

  /** The archive's config, or for an archive the scenario gave none, its guest's current config. */
  private static Map<String, Object> embedded(Lab lab, BackupArchive archive) {
    if (archive.config() != null) {
      return archive.config();
    }
    return lab.guest(archive.vmid()).map(Guest::config).orElse(Map.of("hostname", "CT" + archive.vmid(),
        "rootfs", "local-lvm:vm-" + archive.vmid() + "-disk-0,size=8G", "memory", 512, "ostype", "debian"));
  }
}
