package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cluster-wide reads: the guest inventory in one request, node membership and the PVE version.
 * Throws {@link ProxmoxException} like every client call.
 */
public final class ClusterApi {
    private static final TypeReference<List<ClusterResource>> RESOURCES = new TypeReference<>() { };
    private static final TypeReference<List<StatusRow>> STATUS = new TypeReference<>() { };

    private final ProxmoxClient client;

    public ClusterApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Every guest (QEMU and LXC) the token may see, from exactly one request, ordered by VMID.
     * Rows are filtered by VM.Audit: a guest the token cannot audit is simply absent.
     */
    public List<ClusterResource> guests() {
        List<ClusterResource> rows = client.get("/cluster/resources", Map.of("type", "vm"), RESOURCES);
        return rows == null ? List.of()
                : rows.stream().sorted(Comparator.comparingInt(ClusterResource::vmid)).toList();
    }

    /** The node rows of {@code /cluster/status}, by name; a single node without a cluster has one row. */
    public List<ClusterNode> status() {
        List<StatusRow> rows = client.get("/cluster/status", Map.of(), STATUS);
        return rows == null ? List.of() : rows.stream()
                .filter(r -> "node".equals(r.type()))
                .map(r -> new ClusterNode(r.name(), r.online(), r.ip(), r.local()))
                .sorted(Comparator.comparing(ClusterNode::name))
                .toList();
    }

    public PveVersion version() {
        return client.get("/version", Map.of(), new TypeReference<PveVersion>() { });
    }

    /**
     * The guest with this VMID, wherever it runs.
     *
     * @throws ProxmoxException {@code NOT_FOUND} when no visible guest has it
     */
    public ClusterResource locate(int vmid) {
        return guests().stream().filter(g -> g.vmid() == vmid).findFirst()
                .orElseThrow(() -> new ProxmoxException(ErrorKind.NOT_FOUND, "No guest with VMID " + vmid + " in the cluster",
                        "check the VMID in the guest list; a guest the token lacks VM.Audit on is hidden from it",
                        "GET", "/cluster/resources", 200, "", null, null));
    }
}
