package dev.labcrew.proxmox.task;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.internal.PveWrites;
import java.util.Map;
import java.util.function.Consumer;
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
        return post(what, path, form, upid -> { });
    }

    public TaskOutcome put(String what, String path, Map<String, String> form) {
        return put(what, path, form, upid -> { });
    }

    public TaskOutcome delete(String what, String path, Map<String, String> query) {
        return delete(what, path, query, upid -> { });
    }

    /** As {@link #post(String, String, Map)}, telling {@code started} the task's UPID before waiting for it (a journal keeps it). */
    public TaskOutcome post(String what, String path, Map<String, String> form, Consumer<String> started) {
        return run(what, "POST", path, form, started);
    }

    /** As {@link #put(String, String, Map)}, telling {@code started} the UPID first. */
    public TaskOutcome put(String what, String path, Map<String, String> form, Consumer<String> started) {
        return run(what, "PUT", path, form, started);
    }

    /** As {@link #delete(String, String, Map)}, telling {@code started} the UPID first. */
    public TaskOutcome delete(String what, String path, Map<String, String> query, Consumer<String> started) {
        return run(what, "DELETE", path, query, started);
    }

    /** Waits for a task started earlier (by a process that died before it saw the end), and checks it succeeded. */
    public TaskOutcome await(String what, String upid) {
        return check(what, waiter.await(upid));
    }

    private TaskOutcome run(String what, String method, String path, Map<String, String> params, Consumer<String> started) {
        return check(what, writes.startTask(method, path, params, upid -> {
            started.accept(upid);
            return waiter.await(upid);
        }, TaskRunner::lockedOut));
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
