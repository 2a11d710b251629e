package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.task.TaskOutcome;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the power actions of containers and VMs share: the shutdown timeout, the task, and the proof of the end state. */
public final class PowerTask {
    private PowerTask() {
    }

    /** The {@code timeout} argument in seconds, 1 to 3600; {@code fallback} when omitted. */
    public static int timeout(Map<String, Object> arguments, int fallback) {
        Object timeout = arguments.get("timeout");
        int seconds = timeout == null ? fallback : ((Number) timeout).intValue();
        if (seconds < 1 || seconds > 3600) {
            throw LabcrewException.badInput("timeout must be 1 to 3600 seconds, got " + seconds, "omit it for " + fallback + " s");
        }
        return seconds;
    }

    /**
     * Runs the power task and lets {@code verify} check the end state. PVE answering that the guest is
     * already in that state (a conflict) is an outcome without change, not a failure.
     */
    public static ActionOutcome run(TaskRunner tasks, String tool, String target, String what, String path,
                                    Map<String, String> form, Function<TaskOutcome, ActionOutcome> verify) {
        TaskOutcome outcome;
        try {
            outcome = tasks.post(what, path, form);
        } catch (LabcrewException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                return new ActionOutcome(tool, target, null, "no change", List.of(), "no change: " + e.getMessage());
            }
            throw e;
        }
        return verify.apply(outcome);
    }

    /** The line that proves the end state: {@code running (uptime 5m 2s, pid 4242)} or {@code stopped}. */
    public static String verified(boolean running, long uptime, Integer pid) {
        return running ? "running (uptime " + Units.duration(uptime) + ", pid " + pid + ")" : "stopped";
    }
}
