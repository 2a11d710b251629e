package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.proxmox.task.TaskOutcome;
import java.util.List;
import java.util.Map;

/** Takes a snapshot of a container, then checks it is listed. */
final class CreateSnapshot implements Action {
    private final GuestReader reader;
    private final SnapshotLookup snapshots;
    private final TaskRunner tasks;

    CreateSnapshot(GuestReader reader, SnapshotLookup snapshots, TaskRunner tasks) {
        this.reader = reader;
        this.snapshots = snapshots;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        if (snapshots.find(guest, name).isPresent()) {
            throw LabcrewException.badInput(guest.label() + " already has a snapshot '" + name + "'", "pick another snapname");
        }
        return ActionPlan.of(guest.target(), guest.identity(),
            List.of("new snapshot '" + name + "' of " + guest.label() + " (" + guest.status().status() + "), "
                + snapshots.all(guest).size() + " existing; it uses storage space until deleted"),
            "delete_lxc_snapshot vmid=" + guest.vmid() + " snapname=" + name + " removes it");
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        GuestState guest = reader.read(arguments);
        Map<String, String> form = SnapshotNames.createForm(name, arguments);
        TaskOutcome outcome = tasks.post("snapshot '" + name + "' of " + guest.label(),
            "/nodes/" + guest.node() + "/lxc/" + guest.vmid() + "/snapshot", form);
        snapshots.require(guest, name);
        return new ActionOutcome("create_lxc_snapshot", guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
            "snapshot '" + name + "' exists");
    }
}
