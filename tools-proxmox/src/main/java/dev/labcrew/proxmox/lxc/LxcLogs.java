package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * What Proxmox knows about a container's recent life: the logs of its recent tasks (start, stop,
 * backup...) and the node journal of its systemd unit {@code pve-container@VMID}. The PVE API has no
 * log endpoint for the inside of a container.
 *
 * @param journal journal lines, oldest first
 * @param gaps what could not be read and why (usually a missing privilege)
 * @param lines the line budget asked for
 */
public record LxcLogs(int vmid, String node, List<TaskLog> tasks, List<String> journal, List<String> gaps, int lines)
        implements TextResult {
    @Override
    public String toText() {
        return LogText.render(this);
    }
}
