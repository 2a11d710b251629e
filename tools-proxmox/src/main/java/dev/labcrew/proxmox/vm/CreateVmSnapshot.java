package dev.labcrew.proxmox.vm;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.proxmox.lxc.ActionOutcome;
import dev.labcrew.proxmox.lxc.SnapshotNames;
import dev.labcrew.proxmox.task.TaskOutcome;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.List;
import java.util.Map;

/** Takes a snapshot of a VM (disks only unless {@code vmstate}), then checks it is listed. */
final class CreateVmSnapshot implements Action {
    private final VmReader reader;
    private final TaskRunner tasks;

    CreateVmSnapshot(VmReader reader, TaskRunner tasks) {
        this.reader = reader;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        VmGuest guest = reader.read(arguments);
        List<VmSnapshot> existing = reader.qemu().snapshots(guest.node(), guest.vmid());
        if (existing.stream().anyMatch(s -> s.name().equals(name))) {
            throw LabcrewException.badInput(guest.label() + " already has a snapshot '" + name + "'", "pick another snapname");
        }
        return ActionPlan.of(guest.target(), guest.identity(),
            List.of("new snapshot '" + name + "' of " + guest.label() + " (" + guest.status().status() + "), "
                + (existing.size() - 1) + " existing; it uses storage space until deleted"),
            "delete it in the GUI or with qm delsnapshot " + guest.vmid() + " " + name);
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        String name = SnapshotNames.require(arguments.get("snapname"));
        VmGuest guest = reader.read(arguments);
        Map<String, String> form = SnapshotNames.createForm(name, arguments);
        TaskOutcome outcome = tasks.post("snapshot '" + name + "' of " + guest.label(),
            "/nodes/" + guest.node() + "/qemu/" + guest.vmid() + "/snapshot", form);
        if (reader.qemu().snapshots(guest.node(), guest.vmid()).stream().noneMatch(s -> s.name().equals(name))) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, "snapshot '" + name + "' of " + guest.label()
                + " ended " + outcome.exitStatus() + " but is not listed", "check it with check_vm_snapshots vmid=" + guest.vmid());
        }
        return new ActionOutcome("create_vm_snapshot", guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
            "snapshot '" + name + "' exists");
    }
}
