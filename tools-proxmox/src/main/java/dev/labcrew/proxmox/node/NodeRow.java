package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One row of {@code GET /nodes}; the counters are absent (0) for an offline node or without Sys.Audit. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NodeRow(String node, String status, double cpu, int maxcpu, long mem, long maxmem, long disk, long maxdisk,
                      long uptime) {
    public boolean online() {
        return "online".equals(status);
    }
}
