package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.task.TaskOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rolls a container back to a snapshot; the preview names what is lost since it was taken. */
final class RollbackSnapshot implements Action {
    private final GuestReader reader;
    private final SnapshotLookup snapshots;
    private final TaskRunner tasks;

    RollbackSnapshot(GuestReader reader, SnapshotLookup snapshots, TaskRunner tasks) {
        this.reader = reader;
        this.snapshots = snapshots;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        LxcSnapshot target = snapshots.require(guest, name);
        List<String> preview = new ArrayList<>();
        preview.add("LOST: every change to " + guest.label() + " since snapshot '" + name + "' was taken "
            + Units.utc(target.snaptime()) + " (files, packages, data, and config changes)");
        if (guest.running()) {
            preview.add(guest.label() + " is running: it is stopped for the rollback" + (starts(arguments) ? " and started again" : " and stays stopped"));
        }
        List<String> newer = snapshots.all(guest).stream().filter(s -> s.snaptime() > target.snaptime()).map(LxcSnapshot::name).toList();
        if (!newer.isEmpty()) {
            preview.add("newer snapshots are kept: " + String.join(", ", newer));
        }
        return ActionPlan.of(guest.target(), guest.identity(), preview,
            "none: the current state is gone after a rollback; take a snapshot first (create_lxc_snapshot) to keep it");
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        String base = "/nodes/" + guest.node() + "/lxc/" + guest.vmid();
        TaskOutcome outcome = tasks.post("rollback of " + guest.label() + " to '" + name + "'",
            base + "/snapshot/" + name + "/rollback", Map.of());
        List<String> log = new ArrayList<>(outcome.logTail());
        if (starts(arguments)) {
            // PVE's own start=1 runs the start as a separate task the rollback does not wait for; start it ourselves
            TaskOutcome start = tasks.post("start of " + guest.label() + " after the rollback", base + "/status/start", Map.of());
            log.addAll(start.logTail());
        }
        LxcStatus after = reader.status(guest);
        if (starts(arguments) && !after.running()) {
            throw new dev.labcrew.core.LabcrewException(dev.labcrew.core.ErrorKind.TASK_FAILED, guest.label()
                + " was rolled back to '" + name + "' but is " + after.status() + ", not running",
                "call troubleshoot_lxc_startup vmid=" + guest.vmid());
        }
        return new ActionOutcome("rollback_lxc_snapshot", guest.target(), outcome.upid(), outcome.exitStatus(), log,
            "rolled back to '" + name + "', now " + after.status());
    }

    private static boolean starts(Map<String, Object> arguments) {
        return Boolean.TRUE.equals(arguments.get("start"));
    }
}
