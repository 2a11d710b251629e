package dev.labcrew.testkit.proxmox;

/**
 * The snapshot workers, after pve-guest-common's {@code AbstractConfig.pm}: a new snapshot's parent is the current
 * parent and becomes the current parent; deleting one re-parents its children; a rollback restores the frozen
 * config (keeping the current description), stops a running CT first and keeps newer snapshots.
 */
final class SnapshotWork {
  private SnapshotWork() {}

  static void create(Job job, String name, String description) {
    Guest g = job.guest;
    PowerWork.checkLock(g, null);
    if (g.longValue("template", 0) == 1) {
      throw ApiException.serverError("you can't take a snapshot if it's a template");
    }
    if (g.snapshot(name).isPresent()) {
      throw ApiException.serverError("snapshot name '" + name + "' already used");
    }
    if (!Volumes.snapshotCapable(g, job.lab)) {
      throw ApiException.serverError("snapshot feature is not available");
    }
    Volumes.lvm(g, job.lab).forEach(v -> job.log("  Logical volume \"snap_" + v.name() + "_" + name + "\" created."));
    g.snapshots().add(new Snapshot(name, job.now, description, g.parent(), Snapshot.freeze(g.config())));
    g.parent(name);
  }

  static void delete(Job job, String name) {
    Guest g = job.guest;
    Snapshot doomed = find(g, name);
    PowerWork.checkLock(g, null);
    Volumes.lvm(g, job.lab).forEach(v ->
        job.log("  Logical volume \"snap_" + v.name() + "_" + name + "\" successfully removed."));
    g.snapshots().replaceAll(s -> name.equals(s.parent()) ? s.withParent(doomed.parent()) : s);
    if (name.equals(g.parent())) {
      g.parent(doomed.parent());
    }
    g.snapshots().remove(doomed);
  }

  /** Rolls back, then with {@code start} forks a {@code vzstart} task, as PVE's rollback worker calls vm_start. */
  static void rollback(Job job, String name, boolean start) {
    Guest g = job.guest;
    if (g.longValue("template", 0) == 1) {
      throw ApiException.serverError("you can't rollback if vm is a template");
    }
    Snapshot target = find(g, name);
    PowerWork.checkLock(g, null);
    PowerWork.halt(job);
    Volumes.lvm(g, job.lab).forEach(v -> {
      job.log("  Logical volume \"" + v.name() + "\" successfully removed.");
      job.log("  Logical volume \"" + v.name() + "\" created.");
    });
    g.replaceConfig(target.restore(g.config()));
    g.parent(name);
    if (start) {
      job.spawn("vzstart", PowerWork::start);
    }
  }

  private static Snapshot find(Guest g, String name) {
    return g.snapshot(name).orElseThrow(() -> ApiException.serverError("snapshot '" + name + "' does not exist"));
  }
}
