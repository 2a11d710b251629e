package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts, shuts down, stops or restarts a container, then checks it is in the state it should be. */
final class PowerAction implements Action {
    static final int DEFAULT_SHUTDOWN_TIMEOUT = 60;

    private final PowerChange change;
    private final GuestReader reader;
    private final TaskRunner tasks;

    PowerAction(PowerChange change, GuestReader reader, TaskRunner tasks) {
        this.change = change;
        this.reader = reader;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        GuestState guest = reader.read(arguments);
        if (guest.running() != change.needsRunning) {
            return ActionPlan.noop(guest.target(), guest.identity(), guest.label() + " is "
                + (guest.running() ? "already running" : "not running") + (change == PowerChange.RESTART ? "; use start_lxc to start it" : ""));
        }
        String what = String.format(change.change, timeout(arguments));
        return ActionPlan.of(guest.target(), guest.identity(), List.of(guest.label() + " on " + guest.node() + ": " + what),
            String.format(change.undo, guest.vmid()));
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        GuestState guest = reader.read(arguments);
        Map<String, String> form = new HashMap<>();
        if (change == PowerChange.SHUTDOWN || change == PowerChange.RESTART) {
            form.put("timeout", String.valueOf(timeout(arguments)));
        }
        if (change == PowerChange.SHUTDOWN) {
            form.put("forceStop", "1");
        }
        String path = "/nodes/" + guest.node() + "/lxc/" + guest.vmid() + "/status/" + change.endpoint;
        return PowerTask.run(tasks, change.tool, guest.target(), change.endpoint + " of " + guest.label(), path, form, outcome -> {
            LxcStatus after = reader.status(guest);
            if (after.running() != change.endsRunning) {
                throw new LabcrewException(ErrorKind.TASK_FAILED, change.endpoint + " of " + guest.label() + " ended " + outcome.exitStatus()
                    + " but the container is " + after.status(), "check it with check_lxc_status vmid=" + guest.vmid());
            }
            return new ActionOutcome(change.tool, guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
                PowerTask.verified(after.running(), after.uptime(), after.pid()));
        });
    }

    private int timeout(Map<String, Object> arguments) {
        return PowerTask.timeout(arguments, DEFAULT_SHUTDOWN_TIMEOUT);
    }
}
