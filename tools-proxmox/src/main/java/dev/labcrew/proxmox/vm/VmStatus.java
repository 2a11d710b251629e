package dev.labcrew.proxmox.vm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code GET /nodes/{node}/qemu/{vmid}/status/current}. Sizes in bytes; {@code cpu} a fraction of {@code cpus};
 * {@code agent} 1 when the config enables the guest agent (absent otherwise); {@code qmpstatus} the QEMU state
 * ({@code paused}, {@code prelaunch}...); {@code runningMachine} only while running.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VmStatus(int vmid, String name, String status, String qmpstatus, double cpu, double cpus, long mem,
        long maxmem, long disk, long maxdisk, long netin, long netout, long diskread, long diskwrite, long uptime,
        String lock, String tags, Integer pid, boolean agent, boolean template,
        @JsonProperty("running-machine") String runningMachine, @JsonProperty("running-qemu") String runningQemu) {

    public boolean running() {
        return "running".equals(status);
    }
}
