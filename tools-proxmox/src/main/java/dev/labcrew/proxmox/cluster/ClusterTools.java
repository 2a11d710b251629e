package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cluster membership, quorum and HA. */
public final class ClusterTools {
    private final ProxmoxClient client;

    public ClusterTools(ProxmoxClient client) {
        this.client = client;
    }

    @Tool(name = "check_cluster_status", value = "Cluster quorum and HA state.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("Sys.Audit@/")
    public ClusterStatus checkClusterStatus() {
        String name = null;
        Boolean quorate = null;
        List<ClusterNode> nodes = new ArrayList<>();
        for (JsonNode row : client.get("/cluster/status", Map.of())) {
            if ("cluster".equals(row.path("type").asText())) {
                name = row.path("name").asText();
                quorate = row.path("quorate").asInt() == 1;
            } else if ("node".equals(row.path("type").asText())) {
                nodes.add(new ClusterNode(row.path("name").asText(), row.path("online").asInt() == 1,
                    row.path("ip").asText(null), row.path("local").asInt() == 1));
            }
        }
        List<Gap> gaps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> votes = new TreeMap<>();
        if (name != null) {
            Gap.read("quorum votes", "Sys.Audit on /", () -> client.get("/cluster/config/nodes", Map.of()), gaps)
                .ifPresent(rows -> rows.forEach(r -> votes.put(r.path("node").asText(), r.path("quorum_votes").asInt(1))));
            if (!quorate) {
                warnings.add("CRITICAL cluster has no quorum: /etc/pve is read-only, guests cannot start or change");
            }
            if (nodes.size() == 2) {
                warnings.add("INFO two-node cluster: one node down loses quorum unless a QDevice adds a vote");
            }
        }
        nodes.stream().filter(n -> !n.online()).forEach(n -> warnings.add("WARNING node " + n.name() + " is offline"));
        List<HaService> ha = ha(gaps);
        ha.stream().filter(HaService::troubled).forEach(h -> warnings.add("WARNING HA " + h.sid() + " is " + h.state()
            + " on " + h.node() + ", requested " + h.requestState()));
        return new ClusterStatus(name, quorate, nodes, votes, ha, warnings, gaps);
    }

    private List<HaService> ha(List<Gap> gaps) {
        List<HaService> services = new ArrayList<>();
        Gap.read("HA status", "Sys.Audit on /", () -> client.get("/cluster/ha/status/current", Map.of()), gaps)
            .ifPresent(rows -> rows.forEach(r -> {
                if ("service".equals(r.path("type").asText())) {
                    String state = r.path("state").asText("unknown");
                    services.add(new HaService(r.path("sid").asText(), r.path("node").asText(), state,
                        r.path("request_state").asText(state)));
                }
            }));
        return services;
    }
}
