package dev.labcrew.proxmox.diagnosis;

import java.util.List;

/**
 * One vzstart task: its UPID, who ran it, when, how it ended and its log.
 *
 * <p>{@code exitStatus} follows the PVE task grammar: {@code OK} and {@code WARNINGS: n} are success,
 * anything else is the error text of the {@code TASK ERROR:} line; it is null while the task runs.
 *
 * @param upid the task's UPID
 * @param user the user or token that started it
 * @param starttime start time, seconds since the epoch
 * @param exitStatus the exit status, or null while running
 * @param log the task log lines, in order
 */
public record StartTask(String upid, String user, long starttime, String exitStatus, List<String> log) {

    /** Copies the log and replaces a null log with an empty one. */
    public StartTask {
        log = log == null ? List.of() : List.copyOf(log);
    }

    /** True while the task runs. */
    boolean finished() {
        return exitStatus != null;
    }

    /** True for {@code OK} and {@code WARNINGS: n}, which PVE counts as success. */
    boolean succeeded() {
        return "OK".equals(exitStatus) || (exitStatus != null && exitStatus.startsWith("WARNINGS: "));
    }

    /** True when the task ended with an error. */
    boolean failed() {
        return finished() && !succeeded();
    }
}
