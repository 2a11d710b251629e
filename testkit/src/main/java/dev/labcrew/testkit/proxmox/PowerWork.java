package dev.labcrew.testkit.proxmox;

import dev.labcrew.testkit.proxmox.ScenarioSpec.StartFailureSpec;

/**
 * The workers of {@code status/start|stop|shutdown|reboot}, after pve-container's {@code Status.pm} and
 * {@code vm_start}: successful power tasks log nothing but the {@code TASK OK} trailer, as in PVE.
 */
final class PowerWork {
  private PowerWork() {}

  static void start(Job job) {
    Guest g = job.guest;
    job.syslog("starting CT " + g.vmid() + ": " + job.task.upid());
    checkLock(g, "mounted");
    if (g.longValue("template", 0) == 1) {
      throw ApiException.serverError("you can't start a CT if it's a template");
    }
    launch(job);
  }

  static void stop(Job job) {
    job.syslog("stopping CT " + job.guest.vmid() + ": " + job.task.upid());
    checkLock(job.guest, "mounted");
    halt(job);
  }

  static void shutdown(Job job) {
    job.syslog("shutdown CT " + job.guest.vmid() + ": " + job.task.upid());
    checkLock(job.guest, null);
    halt(job);
  }

  /** {@code vm_reboot}: no lock check; a CT that stopped meanwhile stays stopped. */
  static void reboot(Job job) {
    job.syslog("requesting reboot of CT " + job.guest.vmid() + ": " + job.task.upid());
    if (job.guest.running()) {
      halt(job);
      launch(job);
    }
  }

  /** {@code vm_start}: the scenario's start failure, else running with a new pid and fresh counters. */
  static void launch(Job job) {
    Guest g = job.guest;
    StartFailureSpec failure = g.startFailure();
    if (!g.running()) {
      StartChecks.run(job);
    }
    if (failure != null) {
      failure.log().forEach(job::log);
      failure.journal().forEach(line -> job.journal(line.unit(), line.ident(), line.message()));
      throw ApiException.serverError(failure.exitstatus());
    }
    if (!g.running()) {
      g.start(job.now, job.newPid(), GuestUsage.fresh(g, job.random()));
      job.systemd("Started pve-container@" + g.vmid() + ".service - PVE LXC Container: " + g.vmid() + ".");
    }
  }

  /** {@code vm_stop}: nothing to do when the CT is not running. */
  static void halt(Job job) {
    if (job.guest.running()) {
      job.guest.stop();
      job.systemd("pve-container@" + job.guest.vmid() + ".service: Deactivated successfully.");
    }
  }

  /** {@code check_lock}: 500 {@code CT is locked (<lock>)} unless the lock is {@code allowed}. */
  static void checkLock(Guest g, String allowed) {
    String lock = g.string("lock");
    if (lock != null && !lock.equals(allowed)) {
      throw ApiException.serverError("CT is locked (" + lock + ")");
    }
  }
}
