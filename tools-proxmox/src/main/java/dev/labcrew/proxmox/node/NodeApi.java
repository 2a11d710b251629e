package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.LogTail;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Node-level reads. The journal needs Sys.Syslog on {@code /nodes/{node}}: without it the call
 * fails with {@code PERMISSION_DENIED} naming that privilege, never an empty "no logs".
 */
public final class NodeApi {
    private final ProxmoxClient client;

    public NodeApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The last {@code lastLines} journal lines of a unit (e.g. {@code pve-container@102}), oldest
     * first. PVE sends the journal oldest first, so this asks for {@code total} with a one-line
     * probe, then for the lines from {@code start=total-lastLines}.
     *
     * @param service a systemd unit, or null for the whole journal
     */
    public List<JournalLine> journal(String node, String service, int lastLines) {
        if (lastLines < 1) {
            throw LabcrewException.badInput("lastLines must be at least 1, got " + lastLines, "e.g. lastLines=50");
        }
        Map<String, String> query = new HashMap<>();
        if (service != null && !service.isBlank()) {
            query.put("service", service.trim());
        }
        return LogTail.read(client, "/nodes/" + NodeNames.require(node) + "/syslog", query, lastLines, 1).stream()
                .map(item -> new JournalLine(item.path("n").asInt(), item.path("t").asText("")))
                .toList();
    }

    /** The cluster's nodes with their online state, sorted by name ({@code GET /nodes}, no privilege needed). */
    public List<NodeSummary> list() {
        List<NodeSummary> nodes = new ArrayList<>();
        for (JsonNode row : client.get("/nodes", Map.of())) {
            String name = row.path("node").asText("");
            if (!name.isEmpty()) {
                nodes.add(new NodeSummary(name, row.path("status").asText("unknown")));
            }
        }
        nodes.sort(java.util.Comparator.comparing(NodeSummary::node));
        return List.copyOf(nodes);
    }

    /** Names of the cluster's nodes, sorted. */
    public List<String> names() {
        return list().stream().map(NodeSummary::node).toList();
    }
}
