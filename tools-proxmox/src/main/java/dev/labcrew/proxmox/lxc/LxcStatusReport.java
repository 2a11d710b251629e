package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;

/** The current state of one container: status, uptime, lock, process id and headline usage. */
public record LxcStatusReport(int vmid, String node, String name, String status, long uptime, String lock, Integer pid,
                              double cpuPercent, double cpus, long mem, long maxmem, long disk, long maxdisk) implements TextResult {
    public boolean running() {
        return "running".equals(status);
    }

    @Override
    public String toText() {
        return LxcText.status(this);
    }
}
