package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * Resource use of one container with warnings over thresholds.
 *
 * @param cpuPercent CPU use in percent of the allocated cores
 * @param warnings one line per threshold crossed, most severe first
 */
public record ResourceUsage(int vmid, String node, String name, String status, double cpuPercent, double cpus,
                            long mem, long maxmem, long swap, long maxswap, long disk, long maxdisk,
                            long netin, long netout, long diskread, long diskwrite, long uptime, List<String> warnings)
        implements TextResult {
    @Override
    public String toText() {
        return LxcText.usage(this);
    }
}
