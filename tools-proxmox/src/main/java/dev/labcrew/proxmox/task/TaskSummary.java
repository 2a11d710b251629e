package dev.labcrew.proxmox.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A row of the node task list. Here {@code status} is the exit text ({@code OK},
 * {@code WARNINGS: n} or the error), null while the task runs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskSummary(String upid, String node, String type, String id, String user, long starttime,
        Long endtime, String status) {

    public boolean running() {
        return status == null || status.isBlank() || status.equalsIgnoreCase("running");
    }

    /** Finished with an error; {@code OK} and {@code WARNINGS: n} are success. */
    public boolean failed() {
        return !running() && !ExitStatus.isSuccess(status);
    }
}
