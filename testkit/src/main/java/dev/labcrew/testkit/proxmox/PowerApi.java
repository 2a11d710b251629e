package dev.labcrew.testkit.proxmox;

import java.util.Map;

/**
 * {@code POST /nodes/{node}/lxc/{vmid}/status/start|stop|shutdown|reboot} (VM.PowerMgmt). The state precondition is
 * checked at once (500 {@code CT 101 already running}, {@code CT 101 not running}, and PVE's
 * {@code VM 101 not running} for reboot); the lock and everything else fail the task, as since PVE 8.2.
 */
final class PowerApi {
  private static final String STATUS = "/nodes/{node}/lxc/{vmid}/status/";

  private PowerApi() {}

  static void register(Routes routes) {
    routes.post(STATUS + "start", "skiplock:bool debug:bool", call -> {
      Guest g = guest(call);
      if (g.running()) {
        throw ApiException.serverError("CT " + g.vmid() + " already running");
      }
      return task(call, g, "vzstart", PowerWork::start);
    }).post(STATUS + "stop", "skiplock:bool overrule-shutdown:bool", call -> {
      Guest g = guest(call);
      requireRunning(g, "CT");
      return task(call, g, "vzstop", PowerWork::stop);
    }).post(STATUS + "shutdown", "timeout:int[0,] forceStop:bool", call -> {
      Guest g = guest(call);
      requireRunning(g, "CT");
      return task(call, g, "vzshutdown", PowerWork::shutdown);
    }).post(STATUS + "reboot", "timeout:int[0,]", call -> {
      Guest g = guest(call);
      requireRunning(g, "VM");
      return task(call, g, "vzreboot", PowerWork::reboot);
    });
  }

  /** Forks the worker of a write on {@code g}: its UPID, the config lock taken for it now. */
  static Reply task(Call call, Guest g, String type, TaskRunner.Work work) {
    return Reply.of(call.tasks.start(call.token.id(), g, type, call.lockForWrite(g), work));
  }

  /** The guest after VM.PowerMgmt; {@code skiplock} is root@pam's alone, so a token gets a 400 for it. */
  private static Guest guest(Call call) {
    Guest g = call.guestFor("lxc", "VM.PowerMgmt");
    if (call.flag("skiplock")) {
      throw ApiException.params(Map.of("skiplock", "Only root may use this option."));
    }
    return g;
  }

  private static void requireRunning(Guest g, String kind) {
    if (!g.running()) {
      throw ApiException.serverError(kind + " " + g.vmid() + " not running");
    }
  }
}
