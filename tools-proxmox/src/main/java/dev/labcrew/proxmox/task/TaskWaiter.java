package dev.labcrew.proxmox.task;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an async task (a UPID) to stop and reports how it ended, with its log tail. A failed
 * task is a result ({@code success=false} and the error text), not an exception.
 *
 * <pre>{@code
 * TaskOutcome outcome = new TaskWaiter(client).await(upid);
 * }</pre>
 *
 * Throws {@code TIMEOUT} when the task still runs after the timeout (it keeps running on the node),
 * and {@link ProxmoxException} when its status cannot be read.
 */
public final class TaskWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWaiter.class);
    private static final int TAIL_LINES = 20;

    private final TaskApi tasks;
    private final Duration poll;
    private final Duration timeout;
    private final Sleeper sleeper;

    /** Polls every second for up to ten minutes. */
    public TaskWaiter(ProxmoxClient client) {
        this(client, Duration.ofSeconds(1), Duration.ofMinutes(10), Sleeper.system());
    }

    public TaskWaiter(ProxmoxClient client, Duration poll, Duration timeout, Sleeper sleeper) {
        this.tasks = new TaskApi(Objects.requireNonNull(client, "client"));
        this.poll = Objects.requireNonNull(poll, "poll");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (poll.isNegative() || poll.isZero() || timeout.isNegative()) {
            throw LabcrewException.badInput("Invalid task wait: poll " + poll + ", timeout " + timeout,
                    "use a positive poll interval and a non-negative timeout");
        }
    }

    public TaskOutcome await(String upid) {
        Upid.parse(upid);
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration waited = Duration.ZERO;
        TaskStatus status = tasks.status(upid);
        while (status.running()) {
            if (waited.compareTo(timeout) >= 0 || System.nanoTime() - deadline >= 0) {
                throw new LabcrewException(ErrorKind.TIMEOUT, "Task " + upid + " still running after " + timeout.toSeconds() + " s",
                        "it keeps running on the node; check it later with the task status or its log");
            }
            pause();
            waited = waited.plus(poll);
            status = tasks.status(upid);
        }
        String exit = status.exitstatus() == null ? "unexpected status" : status.exitstatus();
        return new TaskOutcome(upid, status.succeeded(), exit, ExitStatus.warnings(exit), tail(upid));
    }

    private void pause() {
        try {
            sleeper.sleep(poll);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabcrewException(ErrorKind.TIMEOUT, "Interrupted while waiting for a task", "the task keeps running on the node", e);
        }
    }

    // the outcome matters more than the log: a log we cannot read must not hide how the task ended
    private List<String> tail(String upid) {
        try {
            return tasks.tail(upid, TAIL_LINES).stream().map(TaskLogLine::t).toList();
        } catch (ProxmoxException e) {
            LOG.warn("cannot read the log of task {}: {}", upid, e.getMessage());
            return List.of();
        }
    }
}
