package dev.labcrew.proxmox.vm;

import java.util.List;

/** One VM of {@code list_vms}; {@code cpuPercent} of its {@code maxcpu} vCPUs; a template never runs. */
public record VmRow(int vmid, String name, String node, String status, double cpuPercent, int maxcpu, long mem,
                    long maxmem, long maxdisk, long uptime, boolean template, String lock, String hastate, List<String> tags) {
}
