package dev.labcrew.proxmox.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /nodes/{node}/tasks/{upid}/status}: {@code status} is {@code running} or
 * {@code stopped}; {@code exitstatus} is set once stopped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskStatus(String upid, String node, String type, String id, String user, String status,
        String exitstatus, long starttime) {

    public boolean running() {
        return "running".equals(status);
    }

    /** Stopped with {@code OK} or {@code WARNINGS: n}. */
    public boolean succeeded() {
        return !running() && ExitStatus.isSuccess(exitstatus);
    }
}
