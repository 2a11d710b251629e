package dev.labcrew.proxmox.task;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.internal.PveWrites;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Starts an asynchronous Proxmox operation, waits for its task and fails with the task's error
 * line and log tail when it did not succeed. {@code OK} and {@code WARNINGS: n} are success. A task
 * that failed only because it could not take the guest's lock (back-to-back writes) is started again
 * by the client's transport, within its one bound of attempts and its deadline: no retry loop here.
 */
public final class TaskRunner {
    private static final Pattern LOCK_FAILURE = Pattern.compile("can't lock file .*got timeout|CT is locked", Pattern.CASE_INSENSITIVE);

    private final PveWrites writes;
    private final TaskWaiter waiter;

    public TaskRunner(PveWrites writes, TaskWaiter waiter) {
        this.writes = writes;
        this.waiter = waiter;
    }

    public TaskOutcome post(String what, String path, Map<String, String> form) {
        return check(what, writes.startTask("POST", path, form, waiter::await, TaskRunner::lockedOut));
    }

    public TaskOutcome put(String what, String path, Map<String, String> form) {
        return check(what, writes.startTask("PUT", path, form, waiter::await, TaskRunner::lockedOut));
    }

    public TaskOutcome delete(String what, String path, Map<String, String> query) {
        return check(what, writes.startTask("DELETE", path, query, waiter::await, TaskRunner::lockedOut));
    }

    private static boolean lockedOut(TaskOutcome outcome) {
        return !outcome.success() && LOCK_FAILURE.matcher(outcome.exitStatus()).find();
    }

    private static TaskOutcome check(String what, TaskOutcome outcome) {
        if (!outcome.success()) {
            ErrorKind kind = lockedOut(outcome) ? ErrorKind.LOCKED : ErrorKind.TASK_FAILED;
            throw new LabcrewException(kind, what + " failed: " + outcome.exitStatus(),
                "task " + outcome.upid() + ", log tail: " + String.join(" | ", outcome.logTail()));
        }
        return outcome;
    }
}
