package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.internal.NodeNames;
import dev.labcrew.core.analysis.Fanout;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Cluster nodes: the list with their counters and versions, and one node's health. */
public final class NodeTools {
    private static final TypeReference<List<NodeRow>> ROWS = new TypeReference<>() { };

    private final ProxmoxClient client;

    public NodeTools(ProxmoxClient client) {
        this.client = client;
    }

    @Tool(name = "list_nodes", value = "Cluster nodes: online, usage, version.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("Sys.Audit@/nodes/{node}")
    public NodeList listNodes() {
        List<NodeRow> rows = rows();
        List<NodeStatus> statuses = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        // one status read per online node, a few at a time (null: an offline node, not read)
        List<Gap.Attempt<NodeStatus>> reads = Fanout.map(rows, n -> n.online() ? status(n.node()) : null);
        for (int i = 0; i < rows.size(); i++) {
            NodeRow n = rows.get(i);
            if (!n.online()) {
                warnings.add("WARNING node " + n.node() + " is " + n.status());
            }
            statuses.add(n.online() ? reads.get(i).into(gaps).orElse(null) : null);
        }
        return new NodeList(rows, statuses, warnings, gaps);
    }

    @Tool(name = "check_node_health", value = "Health of a node: load, services, updates.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "Sys.Audit@/nodes/{node}", better = {"Sys.Syslog@/nodes/{node}", "Sys.Modify@/nodes/{node}"})
    public NodeHealth checkNodeHealth(@P("") String node) {
        String name = NodeNames.require(node);
        NodeRow row = rows().stream().filter(n -> n.node().equals(name)).findFirst().orElseThrow(() ->
            new LabcrewException(ErrorKind.NOT_FOUND, "No node " + name + " in this cluster", "list them with list_nodes"));
        List<Gap> gaps = new ArrayList<>();
        if (!row.online()) {
            return new NodeHealth(row, null, List.of(), null, null, List.of(),
                List.of("CRITICAL node " + name + " is " + row.status() + ": nothing else can be read from it"), gaps);
        }
        return new NodeChecks(client, name, gaps).run(row, status(name).into(gaps).orElse(null));
    }

    private Gap.Attempt<NodeStatus> status(String node) {
        return Gap.attempt("status of " + node, "Sys.Audit on /nodes/" + node,
            () -> NodeStatus.of(client.get("/nodes/" + node + "/status", Map.of())));
    }

    private List<NodeRow> rows() {
        List<NodeRow> rows = client.get("/nodes", Map.of(), ROWS);
        return rows == null ? List.of() : rows.stream().sorted(Comparator.comparing(NodeRow::node)).toList();
    }
}
