package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.internal.RetryPolicy;
import dev.labcrew.proxmox.task.TaskOutcome;
import dev.labcrew.proxmox.task.TaskWaiter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Starts an asynchronous Proxmox operation, waits for its task and fails with the task's error
 * line and log tail when it did not succeed. {@code OK} and {@code WARNINGS: n} are success. A task
 * that failed only because it could not take the guest's lock (back-to-back writes) is started again
 * within the client's retry bound.
 */
final class TaskRunner {
    private static final Pattern LOCK_FAILURE = Pattern.compile("can't lock file .*got timeout|CT is locked", Pattern.CASE_INSENSITIVE);

    private final PveWrites writes;
    private final TaskWaiter waiter;
    private final RetryPolicy retry;

    TaskRunner(PveWrites writes, TaskWaiter waiter, RetryPolicy retry) {
        this.writes = writes;
        this.waiter = waiter;
        this.retry = retry;
    }

    TaskOutcome post(String what, String path, Map<String, String> form) {
        return run(what, () -> writes.post(path, form).asText());
    }

    TaskOutcome delete(String what, String path, Map<String, String> query) {
        return run(what, () -> writes.delete(path, query).asText());
    }

    private TaskOutcome run(String what, Supplier<String> start) {
        return retry.retryLocked(what, () -> await(what, start.get()));
    }

    private TaskOutcome await(String what, String upid) {
        TaskOutcome outcome = waiter.await(upid);
        if (!outcome.success()) {
            ErrorKind kind = LOCK_FAILURE.matcher(outcome.exitStatus()).find() ? ErrorKind.LOCKED : ErrorKind.TASK_FAILED;
            throw new LabcrewException(kind, what + " failed: " + outcome.exitStatus(),
                "task " + upid + ", log tail: " + String.join(" | ", outcome.logTail()));
        }
        return outcome;
    }
}
