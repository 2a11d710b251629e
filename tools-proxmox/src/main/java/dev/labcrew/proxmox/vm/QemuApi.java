package dev.labcrew.proxmox.vm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read calls for one QEMU virtual machine on one node; each needs VM.Audit on {@code /vms/{vmid}}, the
 * guest agent's VM.GuestAgent.Audit (PVE 9) or VM.Monitor (PVE 8). Throws {@code BAD_INPUT} for an invalid
 * node or VMID before sending, and {@link dev.labcrew.proxmox.ProxmoxException} otherwise.
 */
public final class QemuApi {
    private static final TypeReference<VmStatus> STATUS = new TypeReference<>() { };
    private static final TypeReference<List<VmSnapshot>> SNAPSHOTS = new TypeReference<>() { };

    private final ProxmoxClient client;

    public QemuApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public VmStatus status(String node, int vmid) {
        return client.get(base(node, vmid) + "/status/current", Map.of(), STATUS);
    }

    /** The config, every value as text (PVE sends numbers as strings or numbers), digest apart. */
    public VmConfig config(String node, int vmid) {
        JsonNode data = client.get(base(node, vmid) + "/config", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        data.properties().forEach(e -> {
            if (!e.getKey().equals("digest") && !e.getValue().isNull()) {
                values.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        return new VmConfig(values, data.path("digest").asText(null));
    }

    /** Snapshots oldest first, then the {@code current} pseudo-entry. */
    public List<VmSnapshot> snapshots(String node, int vmid) {
        List<VmSnapshot> rows = client.get(base(node, vmid) + "/snapshot", Map.of(), SNAPSHOTS);
        return rows == null ? List.of() : rows.stream()
            .sorted(Comparator.comparing((VmSnapshot s) -> s.name().equals("current")).thenComparingLong(VmSnapshot::snaptime))
            .toList();
    }

    /** Interfaces as the guest agent reports them; fails (500) when the agent is off or not running. */
    public List<AgentInterface> agentInterfaces(String node, int vmid) {
        JsonNode data = client.get(base(node, vmid) + "/agent/network-get-interfaces", Map.of());
        List<AgentInterface> result = new ArrayList<>();
        for (JsonNode i : data.path("result")) {
            List<String> addresses = new ArrayList<>();
            i.path("ip-addresses").forEach(a -> addresses.add(a.path("ip-address").asText() + "/" + a.path("prefix").asText("")));
            result.add(new AgentInterface(i.path("name").asText(), i.path("hardware-address").asText(null), addresses));
        }
        return List.copyOf(result);
    }

    private static String base(String node, int vmid) {
        return "/nodes/" + NodeNames.require(node) + "/qemu/" + Vmids.require(vmid);
    }
}
