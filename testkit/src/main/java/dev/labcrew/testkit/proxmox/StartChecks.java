package dev.labcrew.testkit.proxmox;

/**
 * What {@code vm_start} and the pre-start hook check on the host before LXC runs: every volume's storage must be
 * online ({@code PVE::Storage::activate_storage}), and a bind mount's source directory must exist
 * ({@code PVE::LXC::mountpoint_mount}), else the hook fails and LXC reports it as PVE 8/9 logs it.
 */
final class StartChecks {
  private StartChecks() {}

  static void run(Job job) {
    Guest g = job.guest;
    for (Volumes.Volume v : Volumes.of(g, job.lab)) {
      if (!v.hostPath()) {
        Volumes.storage(job.lab, g.node(), v.storage()).filter(s -> !s.active()).ifPresent(s -> {
          throw ApiException.serverError("storage '" + s.storage() + "' is not online");
        });
      } else if (v.name().startsWith("/") && !v.name().startsWith("/dev/") && !job.lab.host.exists(g.node(), v.name())) {
        hookFailure(job, "directory '" + v.name() + "' does not exist");
      }
    }
  }

  private static void hookFailure(Job job, String reason) {
    String id = String.valueOf(job.guest.vmid());
    job.log(reason);
    job.log("run_buffer: 571 Script exited with status 2");
    job.log("lxc_init: 845 Failed to run lxc.hook.pre-start for container \"" + id + "\"");
    job.log("__lxc_start: 2034 Failed to initialize container \"" + id + "\"");
    job.systemd("pve-container@" + id + ".service: Main process exited, code=exited, status=1/FAILURE");
    throw ApiException.serverError("startup for container '" + id + "' failed");
  }
}
