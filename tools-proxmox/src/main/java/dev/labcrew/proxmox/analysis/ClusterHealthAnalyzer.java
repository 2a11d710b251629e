package dev.labcrew.proxmox.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster and its nodes as {@code /cluster/status} and each node's storage list show them: quorum lost, nodes
 * offline, storages inactive or over 85 % (warning) and 95 % (critical).
 */
final class ClusterHealthAnalyzer implements Analyzer {
    private final Fleet fleet;

    ClusterHealthAnalyzer(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "cluster-health";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        JsonNode rows = fleet.client().get("/cluster/status", Map.of());
        List<Finding> findings = new ArrayList<>();
        List<String> online = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        JsonNode cluster = null;
        for (JsonNode row : rows) {
            if ("cluster".equals(row.path("type").asText())) {
                cluster = row;
            } else if ("node".equals(row.path("type").asText())) {
                (row.path("online").asInt(0) == 1 ? online : offline).add(row.path("name").asText());
            }
        }
        sweep.progress(name() + ": " + online.size() + " nodes online, " + offline.size() + " offline");
        if (cluster != null && cluster.path("quorate").asInt(1) == 0) {
            findings.add(quorumLost(cluster.path("name").asText(), online, offline));
        }
        offline.forEach(node -> findings.add(nodeOffline(node)));
        Set<String> sharedSeen = new HashSet<>();
        for (var outcome : sweep.each(online, node -> fleet.client().get("/nodes/" + node + "/storage", Map.of()))) {
            if (outcome.failed()) {
                findings.add(Findings.gap(name(), "node/" + outcome.item(), "storage list of node " + outcome.item(),
                    outcome.failure(), "whether its storages are active or full cannot be seen",
                    "Datastore.Audit on /storage"));
                continue;
            }
            for (JsonNode s : outcome.value()) {
                boolean shared = s.path("shared").asInt(0) == 1;
                if (!shared || sharedSeen.add(s.path("storage").asText())) {
                    StorageFindings.of(name(), outcome.item(), s).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Finding quorumLost(String cluster, List<String> online, List<String> offline) {
        return new Finding(name(), Severity.CRITICAL, "cluster/" + cluster,
            "Cluster " + cluster + " has lost quorum: every change is refused",
            List.of("cluster status: quorate: 0 (" + online.size() + " of " + (online.size() + offline.size())
                + " nodes online" + (offline.isEmpty() ? "" : "; offline: " + String.join(", ", offline)) + ")"),
            "Corosync sees too few votes, so /etc/pve is read-only: starts, config changes, backups and migrations all "
                + "fail with 'cluster not ready - no quorum?' until quorum returns.",
            "Bring the offline node(s) back or repair the cluster network (corosync). Only if a node is gone for good and "
                + "you must act now: on a remaining node as root, pvecm expected " + Math.max(1, online.size())
                + " (temporary; then pvecm delnode the dead node). Check with pvecm status.",
            null, List.of("cluster/" + cluster + ": on a node as root: pvecm status; bring back "
                + (offline.isEmpty() ? "the missing votes" : String.join(", ", offline)) + " or pvecm expected "
                + Math.max(1, online.size())), "quorum-lost");
    }

    private Finding nodeOffline(String node) {
        return new Finding(name(), Severity.CRITICAL, "node/" + node, "Node " + node + " is offline",
            List.of("cluster status: node " + node + ": online: 0"),
            "The cluster cannot reach " + node + " (powered off, hung, or its cluster network is down); its guests show "
                + "status unknown and its API answers 595/596.",
            "Check the node's power and console, then its cluster network link; on the node: systemctl status corosync "
                + "pve-cluster.", null, List.of("node/" + node + ": check power, console and corosync link"), "node-offline");
    }
}
