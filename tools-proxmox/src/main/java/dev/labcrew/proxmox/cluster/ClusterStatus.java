package dev.labcrew.proxmox.cluster;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;
import java.util.Map;

/**
 * Quorum and membership of the cluster, votes per node, and HA state when configured.
 *
 * @param name null for a standalone node (no cluster configured)
 * @param quorate null for a standalone node
 * @param votes node to its quorum votes; empty when not read (see gaps)
 * @param ha HA-managed guests; empty when HA is not configured or not read
 */
public record ClusterStatus(String name, Boolean quorate, List<ClusterNode> nodes, Map<String, Integer> votes,
                            List<HaService> ha, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        StringBuilder out = new StringBuilder();
        long online = nodes.stream().filter(ClusterNode::online).count();
        out.append(name == null ? "standalone node (no cluster)" : "cluster " + name + ": "
            + (Boolean.TRUE.equals(quorate) ? "QUORATE" : "NOT QUORATE")).append(", ").append(online).append('/')
           .append(nodes.size()).append(" nodes online");
        if (!votes.isEmpty()) {
            int total = votes.values().stream().mapToInt(Integer::intValue).sum();
            int present = nodes.stream().filter(ClusterNode::online).mapToInt(n -> votes.getOrDefault(n.name(), 0)).sum();
            out.append(", votes ").append(present).append('/').append(total).append(" (quorum needs ").append(total / 2 + 1).append(')');
        }
        out.append('\n');
        warnings.forEach(w -> out.append(w).append('\n'));
        gaps.forEach(g -> out.append(g.line()).append('\n'));
        nodes.forEach(n -> out.append("node ").append(n.name()).append(' ').append(n.online() ? "online" : "OFFLINE")
            .append(n.ip() == null ? "" : " " + n.ip()).append(n.local() ? " (answering)" : "").append('\n'));
        if (!ha.isEmpty()) {
            out.append("HA: ").append(ha.size()).append(" managed guests\n");
            ha.forEach(h -> out.append("  ").append(h.sid()).append(" on ").append(h.node()).append(": ").append(h.state())
                .append(h.state().equals(h.requestState()) ? "" : " (requested " + h.requestState() + ")").append('\n'));
        }
        return out.toString().strip();
    }
}
