package dev.labcrew.proxmox.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Line {@code n} (1-based) of a task log, text {@code t}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskLogLine(int n, String t) {
}
