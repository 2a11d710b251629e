package dev.labcrew.testkit.proxmox;

/**
 * {@code POST /nodes/{node}/lxc/{vmid}/snapshot}, {@code DELETE .../snapshot/{snapname}} (VM.Snapshot) and
 * {@code POST .../snapshot/{snapname}/rollback} (VM.Snapshot or VM.Snapshot.Rollback). Names are
 * {@code pve-configid}s of at most 40 characters (400 otherwise); {@code current} and {@code vzdump} are reserved
 * (500). Everything else, an unknown or duplicate name included, fails the task, as the checks run in the worker.
 */
final class SnapshotApi {
  private static final String SNAPSHOT = "/nodes/{node}/lxc/{vmid}/snapshot";
  private static final String NAME = "snapname:configid[40]";

  private SnapshotApi() {}

  static void register(Routes routes) {
    routes.post(SNAPSHOT, "!" + NAME + " description", SnapshotApi::create)
        .delete(SNAPSHOT + "/{snapname}", NAME + " force:bool", call -> {
          Guest g = call.guestFor("lxc", "VM.Snapshot");
          String name = call.param("snapname");
          return PowerApi.task(call, g, "vzdelsnapshot", job -> SnapshotWork.delete(job, name));
        })
        .post(SNAPSHOT + "/{snapname}/rollback", NAME + " start:bool", call -> {
          Guest g = call.guestFor("lxc", "VM.Snapshot", "VM.Snapshot.Rollback");
          String name = call.param("snapname");
          boolean start = call.flag("start");
          return PowerApi.task(call, g, "vzrollback", job -> SnapshotWork.rollback(job, name, start));
        });
  }

  private static Reply create(Call call) {
    Guest g = call.guestFor("lxc", "VM.Snapshot");
    String name = call.param("snapname");
    if (name.equals("current") || name.equals("vzdump")) {
      throw ApiException.serverError("unable to use snapshot name '" + name + "' (reserved name)");
    }
    String description = call.param("description");
    return PowerApi.task(call, g, "vzsnapshot", job -> SnapshotWork.create(job, name, description));
  }
}
