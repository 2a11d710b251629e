package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.task.TaskOutcome;
import java.util.List;
import java.util.Map;

/** Deletes a snapshot, then checks it is gone. */
final class DeleteSnapshot implements Action {
    private final GuestReader reader;
    private final SnapshotLookup snapshots;
    private final TaskRunner tasks;

    DeleteSnapshot(GuestReader reader, SnapshotLookup snapshots, TaskRunner tasks) {
        this.reader = reader;
        this.snapshots = snapshots;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        LxcSnapshot snapshot = snapshots.find(guest, name).orElse(null);
        if (snapshot == null) {
            return ActionPlan.noop(guest.target(), guest.identity(), guest.label() + " has no snapshot '" + name + "': nothing to delete");
        }
        return ActionPlan.of(guest.target(), guest.identity(),
            List.of("snapshot '" + name + "' of " + guest.label() + ", taken " + Units.utc(snapshot.snaptime()) + ", is deleted: "
                + "it can no longer be rolled back to"),
            "none: a deleted snapshot cannot be restored");
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        TaskOutcome outcome = tasks.delete("deleting snapshot '" + name + "' of " + guest.label(),
            "/nodes/" + guest.node() + "/lxc/" + guest.vmid() + "/snapshot/" + name, Map.of());
        if (snapshots.find(guest, name).isPresent()) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, "snapshot '" + name + "' is still listed after the delete task ended "
                + outcome.exitStatus(), "check it with check_lxc_snapshots vmid=" + guest.vmid());
        }
        return new ActionOutcome("delete_lxc_snapshot", guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
            "snapshot '" + name + "' is gone");
    }
}
