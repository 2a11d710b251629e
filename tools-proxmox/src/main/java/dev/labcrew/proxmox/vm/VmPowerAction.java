package dev.labcrew.proxmox.vm;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.proxmox.lxc.ActionOutcome;
import dev.labcrew.proxmox.lxc.PowerTask;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts, shuts down, stops or reboots a VM, then checks it is in the state it should be. */
final class VmPowerAction implements Action {
    private static final int DEFAULT_TIMEOUT = 120;

    private final VmPowerChange change;
    private final VmReader reader;
    private final TaskRunner tasks;

    VmPowerAction(VmPowerChange change, VmReader reader, TaskRunner tasks) {
        this.change = change;
        this.reader = reader;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        VmGuest guest = reader.read(arguments);
        if (guest.config().template()) {
            throw LabcrewException.badInput(guest.label() + " is a template: templates never run", "clone it and start the clone");
        }
        if (guest.running() != change.needsRunning) {
            return ActionPlan.noop(guest.target(), guest.identity(), guest.label() + " is "
                + (guest.running() ? "already running" : "not running"));
        }
        return ActionPlan.of(guest.target(), guest.identity(),
            List.of(guest.label() + " on " + guest.node() + ": " + String.format(change.change, timeout(arguments))),
            String.format(change.undo, guest.vmid()));
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        VmGuest guest = reader.read(arguments);
        Map<String, String> form = new HashMap<>();
        if (change == VmPowerChange.SHUTDOWN) {
            form.put("timeout", String.valueOf(timeout(arguments)));
            form.put("forceStop", "1");
        }
        String path = "/nodes/" + guest.node() + "/qemu/" + guest.vmid() + "/status/" + change.endpoint;
        return PowerTask.run(tasks, change.tool, guest.target(), change.endpoint + " of " + guest.label(), path, form, outcome -> {
            VmStatus after = reader.status(guest);
            if (after.running() != change.endsRunning) {
                throw new LabcrewException(ErrorKind.TASK_FAILED, change.endpoint + " of " + guest.label() + " ended "
                    + outcome.exitStatus() + " but the VM is " + after.status(), "check it with check_vm_status vmid=" + guest.vmid());
            }
            return new ActionOutcome(change.tool, guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
                PowerTask.verified(after.running(), after.uptime(), after.pid()));
        });
    }

    private int timeout(Map<String, Object> arguments) {
        return PowerTask.timeout(arguments, DEFAULT_TIMEOUT);
    }
}
