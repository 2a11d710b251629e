package dev.labcrew.proxmox.vm;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/**
 * Status of one VM with its guest agent: {@code agent} is {@code off} (not enabled in the config),
 * {@code responding}, {@code not responding} or {@code unknown} (not read: see {@code gaps}).
 *
 * @param addresses what the agent reports, empty when it did not answer
 */
public record VmStatusReport(int vmid, String node, String name, String status, String qmpstatus, long uptime, String lock,
                             Integer pid, boolean template, String machine, String agent, List<AgentInterface> addresses,
                             double cpuPercent, long mem, long maxmem, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return VmText.status(this);
    }
}
