package dev.labcrew.proxmox.storage;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.analysis.Fanout;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.node.NodeSummary;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;

/** Storages of the cluster: one {@code /nodes/{node}/storage} request per online node. */
public final class StorageTools {
    private final ProxmoxClient client;
    private final StorageApi storage;

    public StorageTools(ProxmoxClient client) {
        this.client = client;
        this.storage = new StorageApi(client);
    }

    @Tool(name = "list_storage", value = "Storage usage per node; warns when nearly full.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("Datastore.Audit@/storage")
    public StorageList listStorage(@P(value = "", required = false) String node) {
        List<StorageRow> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int read = 0;
        List<NodeSummary> nodes = client.nodes().list().stream()
            .filter(n -> node == null || node.isBlank() || n.node().equals(node.trim())).toList();
        // one read per online node, a few at a time (null: an offline node, not read)
        List<Gap.Attempt<List<StorageRow>>> reads = Fanout.map(nodes, n -> "online".equals(n.status())
            ? Gap.attempt("storages of " + n.node(), "Datastore.Audit on /storage", () -> storage.list(n.node())) : null);
        for (int i = 0; i < nodes.size(); i++) {
            NodeSummary n = nodes.get(i);
            if (reads.get(i) == null) {
                warnings.add("WARNING node " + n.node() + " is " + n.status() + ": its storages were not read");
                continue;
            }
            read++;
            rows.addAll(reads.get(i).into(gaps).orElse(List.of()));
        }
        rows.forEach(s -> warn(s, warnings));
        if (rows.isEmpty() && gaps.isEmpty() && read > 0) {
            warnings.add("INFO no storage visible: PVE hides the ones the token lacks Datastore.Audit on (/storage/ID)");
        }
        return new StorageList(rows, warnings, gaps);
    }

    private static void warn(StorageRow s, List<String> warnings) {
        String at = s.storage() + " on " + s.node();
        if (!s.isEnabled()) {
            return;
        }
        if (!s.active()) {
            warnings.add("CRITICAL " + at + " is not active: guests with volumes on it cannot start");
        } else if (s.percent() >= 95) {
            warnings.add("CRITICAL " + at + " is " + s.percent() + "% full");
        } else if (s.percent() >= 85) {
            warnings.add("WARNING " + at + " is " + s.percent() + "% full");
        }
    }
}
