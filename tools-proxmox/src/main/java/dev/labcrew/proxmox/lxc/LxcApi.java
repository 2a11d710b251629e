package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read calls for one container on one node; each needs VM.Audit on {@code /vms/{vmid}}. Throws
 * {@code BAD_INPUT} for an invalid node or VMID before sending, and {@link dev.labcrew.proxmox.ProxmoxException}
 * otherwise ({@code NOT_FOUND} when the container is not on that node).
 */
public final class LxcApi {
    private static final TypeReference<LxcStatus> STATUS = new TypeReference<>() { };
    private static final TypeReference<List<LxcSnapshot>> SNAPSHOTS = new TypeReference<>() { };
    private static final TypeReference<List<LxcInterface>> INTERFACES = new TypeReference<>() { };
    private static final TypeReference<FirewallOptions> FIREWALL = new TypeReference<>() { };

    private final ProxmoxClient client;

    public LxcApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public LxcStatus status(String node, int vmid) {
        return client.get(base(node, vmid) + "/status/current", Map.of(), STATUS);
    }

    public LxcConfig config(String node, int vmid) {
        JsonNode data = client.get(base(node, vmid) + "/config", Map.of());
        return LxcConfigJson.read(data);
    }

    /** Snapshots oldest first, then the {@code current} pseudo-entry. */
    public List<LxcSnapshot> snapshots(String node, int vmid) {
        List<LxcSnapshot> rows = client.get(base(node, vmid) + "/snapshot", Map.of(), SNAPSHOTS);
        if (rows == null) {
            return List.of();
        }
        return rows.stream()
                .map(s -> new LxcSnapshot(s.name(), s.snaptime(), s.description() == null ? null : s.description().strip(),
                        s.parent(), "current".equals(s.name())))
                .sorted(Comparator.comparing(LxcSnapshot::current).thenComparingLong(LxcSnapshot::snaptime))
                .toList();
    }

    /** Interfaces of a running container (as the container sees them). */
    public List<LxcInterface> interfaces(String node, int vmid) {
        List<LxcInterface> rows = client.get(base(node, vmid) + "/interfaces", Map.of(), INTERFACES);
        return rows == null ? List.of() : List.copyOf(rows);
    }

    public FirewallOptions firewallOptions(String node, int vmid) {
        FirewallOptions options = client.get(base(node, vmid) + "/firewall/options", Map.of(), FIREWALL);
        return options == null ? new FirewallOptions(false, null, null) : options;
    }

    private static String base(String node, int vmid) {
        return "/nodes/" + NodeNames.require(node) + "/lxc/" + Vmids.require(vmid);
    }
}
