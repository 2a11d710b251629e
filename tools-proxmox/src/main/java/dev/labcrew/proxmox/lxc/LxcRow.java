package dev.labcrew.proxmox.lxc;

import java.util.List;

/**
 * One container in an inventory listing.
 *
 * @param cpuPercent CPU use in percent of one core (PVE's fraction times 100)
 * @param template whether it is a template (never started, so never needing attention for being stopped)
 */
public record LxcRow(int vmid, String name, String node, String status, double cpuPercent, int cores,
                     long mem, long maxmem, long disk, long maxdisk, long uptime, String lock, List<String> tags,
                     boolean template) {
    public LxcRow {
        tags = List.copyOf(tags);
    }

    /** Whether it is running. */
    public boolean running() {
        return "running".equals(status);
    }
}
