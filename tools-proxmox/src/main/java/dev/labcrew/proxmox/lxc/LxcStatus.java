package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /nodes/{node}/lxc/{vmid}/status/current}. Sizes in bytes; {@code cpu} a fraction of
 * {@code cpus}; {@code pid} null when stopped; {@code lock} and {@code tags} may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LxcStatus(int vmid, String name, String status, double cpu, double cpus, long mem, long maxmem,
        long swap, long maxswap, long disk, long maxdisk, long netin, long netout, long diskread, long diskwrite,
        long uptime, String lock, String tags, Integer pid) {

    public boolean running() {
        return "running".equals(status);
    }
}
