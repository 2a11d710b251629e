package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The LXC containers of a cluster, optionally filtered by node and status, sorted by VMID.
 *
 * @param nodeFilter the node asked for, or null for all
 * @param statusFilter the status asked for, or null for all
 * @param offlineNodes nodes whose guests show status unknown because the node is unreachable
 */
public record LxcList(List<LxcRow> containers, String nodeFilter, String statusFilter, List<String> offlineNodes)
        implements TextResult {
    @Override
    public String toText() {
        return LxcText.list(this);
    }
}
