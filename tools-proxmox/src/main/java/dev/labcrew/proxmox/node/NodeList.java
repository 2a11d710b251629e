package dev.labcrew.proxmox.node;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/**
 * The cluster's nodes: counters from {@code /nodes}, version and load from each online node's status.
 *
 * @param statuses per node, in the order of {@code nodes}; null where not read (offline, or a gap)
 */
public record NodeList(List<NodeRow> nodes, List<NodeStatus> statuses, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return NodeText.list(this);
    }
}
