package dev.labcrew.proxmox.vm;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * Resource usage of one VM. PVE reports a VM's {@code disk} as 0 (it cannot see inside the disk image), so only
 * the allocated size is known; memory is what QEMU uses, balloon included.
 */
public record VmUsage(int vmid, String node, String name, String status, double cpuPercent, double cpus, long mem, long maxmem,
                      long maxdisk, long netin, long netout, long diskread, long diskwrite, long uptime, List<String> warnings)
        implements TextResult {
    @Override
    public String toText() {
        return VmText.usage(this);
    }
}
