package dev.labcrew.proxmox.node;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/**
 * Health of one node: its counters and status, services not running, pending updates (null when not readable),
 * subscription status, systemd units the journal shows failing, warnings, and what could not be read.
 */
public record NodeHealth(NodeRow node, NodeStatus status, List<String> servicesDown, Integer pendingUpdates, String subscription,
                         List<String> failedUnits, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return NodeText.health(this);
    }
}
