package dev.labcrew.testkit.proxmox;

/**
 * {@code POST /nodes/{node}/qemu/{vmid}/status/start|stop|shutdown|reboot} (VM.PowerMgmt) and
 * {@code POST .../snapshot} (VM.Snapshot), as qemu-server answers: a UPID of type {@code qmstart}, {@code qmstop},
 * {@code qmshutdown}, {@code qmreboot}, {@code qmsnapshot}; state preconditions are checked at once (500).
 */
final class QemuWriteApi {
  private static final String VM = QemuApi.VM;

  private QemuWriteApi() {}

  static void register(Routes routes) {
    routes.post(VM + "/status/start", "skiplock:bool timeout:int[0,]", call -> {
      Guest g = call.guestFor("qemu", "VM.PowerMgmt");
      if (g.running()) {
        throw ApiException.serverError("VM " + g.vmid() + " already running");
      }
      return PowerApi.task(call, g, "qmstart", QemuWriteApi::start);
    }).post(VM + "/status/stop", "skiplock:bool timeout:int[0,] overrule-shutdown:bool", call ->
        PowerApi.task(call, running(call), "qmstop", job -> halt(job)))
        .post(VM + "/status/shutdown", "timeout:int[0,] forceStop:bool keepActive:bool", call ->
        PowerApi.task(call, running(call), "qmshutdown", job -> halt(job)))
        .post(VM + "/status/reboot", "timeout:int[0,]", call -> PowerApi.task(call, running(call), "qmreboot", job -> {
          halt(job);
          start(job);
        }))
        .post(VM + "/snapshot", "!snapname:configid[40] description vmstate:bool", call -> {
          Guest g = call.guestFor("qemu", "VM.Snapshot");
          String name = call.param("snapname");
          if (name.equals("current") || name.equals("vzdump")) {
            throw ApiException.serverError("unable to use snapshot name '" + name + "' (reserved name)");
          }
          String description = call.param("description");
          return PowerApi.task(call, g, "qmsnapshot", job -> SnapshotWork.create(job, name, description));
        });
  }

  private static Guest running(Call call) {
    Guest g = call.guestFor("qemu", "VM.PowerMgmt");
    if (!g.running()) {
      throw ApiException.serverError("VM " + g.vmid() + " not running");
    }
    return g;
  }

  private static void start(Job job) {
    Guest g = job.guest;
    PowerWork.checkLock(g, null);
    if (g.longValue("template", 0) == 1) {
      throw ApiException.serverError("you can't start a vm if it's a template");
    }
    g.start(job.now, job.newPid(), GuestUsage.fresh(g, job.random()));
  }

  private static void halt(Job job) {
    PowerWork.checkLock(job.guest, null);
    job.guest.stop();
  }
}
