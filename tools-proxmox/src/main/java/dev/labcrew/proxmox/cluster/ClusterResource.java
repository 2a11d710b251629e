package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One guest row of {@code GET /cluster/resources?type=vm} (QEMU and LXC alike). Sizes in bytes,
 * {@code cpu} a fraction of {@code maxcpu}; {@code lock}, {@code tags}, {@code hastate} may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClusterResource(String id, String type, int vmid, String name, String node, String status,
        double cpu, int maxcpu, long mem, long maxmem, long disk, long maxdisk, long netin, long netout,
        long diskread, long diskwrite, long uptime, boolean template, String tags, String lock, String hastate) {

    /** Whether this is a container ({@code type == "lxc"}). */
    public boolean isLxc() {
        return "lxc".equals(type);
    }
}
