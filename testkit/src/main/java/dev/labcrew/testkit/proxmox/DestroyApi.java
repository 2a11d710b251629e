package dev.labcrew.testkit.proxmox;

/**
 * {@code DELETE /nodes/{node}/lxc/{vmid}} (VM.Allocate on {@code /vms/{vmid}}, apidata): a {@code vzdestroy} task
 * that removes the container and its volumes. Refused at once for a running container (unless {@code force}) and a
 * protected one, as pve-container does.
 */
final class DestroyApi {
  private DestroyApi() {}

  static void register(Routes routes) {
    routes.delete("/nodes/{node}/lxc/{vmid}", "purge:bool force:bool destroy-unreferenced-disks:bool", call -> {
      Guest g = call.guestFor("lxc", "VM.Allocate");
      if (g.running() && !call.flag("force")) {
        throw ApiException.serverError("CT " + g.vmid() + " is running - destroy failed");
      }
      if (g.longValue("protection", 0) == 1) {
        throw ApiException.serverError("can't remove CT " + g.vmid() + " - protection mode enabled");
      }
      return PowerApi.task(call, g, "vzdestroy", job -> {
        job.guest.stop();
        job.lab.guests.remove(job.guest.vmid());
        job.log("Logical volume \"vm-" + job.guest.vmid() + "-disk-0\" successfully removed");
      });
    });
  }
}
