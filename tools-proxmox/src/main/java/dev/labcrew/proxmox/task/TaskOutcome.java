package dev.labcrew.proxmox.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * How a finished task ended: success for {@code OK} and {@code WARNINGS: n}; otherwise
 * {@code exitStatus} holds the error text. {@code logTail} has the last log lines, oldest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskOutcome(String upid, boolean success, String exitStatus, int warnings, List<String> logTail) {

    public TaskOutcome {
        logTail = logTail == null ? List.of() : List.copyOf(logTail);
    }
}
