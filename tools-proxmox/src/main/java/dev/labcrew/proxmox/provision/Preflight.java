package dev.labcrew.proxmox.provision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.backup.BackupApi;
import dev.labcrew.proxmox.backup.BackupVolume;
import dev.labcrew.proxmox.cluster.ClusterResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code provision_lxc} checks before it shows a plan, read-only: the archive exists and is readable (its
 * embedded config read with {@code GET /nodes/{node}/vzdump/extractconfig}), the VMID is free ({@code GET /cluster/nextid}
 * with {@code vmid}, which PVE answers 400 for a taken one), the target storage is active, holds container volumes and
 * has room ({@code GET /nodes/{node}/storage/{storage}/status}), and no guest of the cluster has the hostname.
 * Endpoints and permissions: /work/shared/reference/pve/apidata.json.
 */
final class Preflight {
    private static final long GIB = 1L << 30;

    private final ProxmoxClient client;

    Preflight(ProxmoxClient client) {
        this.client = client;
    }

    /** The resolved provisioning, or a LabcrewException naming the first check that failed and what to do. */
    Blueprint check(ProvisionRequest request) {
        String archiveStorage = request.archive().substring(0, request.archive().indexOf(':'));
        String node = request.node() != null ? request.node() : nodeHolding(request.archive(), archiveStorage);
        BackupVolume volume = find(node, archiveStorage, request.archive()).orElseThrow(() -> new LabcrewException(
            ErrorKind.NOT_FOUND, "Archive " + request.archive() + " is not on storage " + archiveStorage + " of node " + node,
            "list the archives with check_backups; copy the volume id exactly"));
        String configText = client.get("/nodes/" + node + "/vzdump/extractconfig", Map.of("volume", volume.volid())).asText("");
        Golden golden = Golden.parse(volume.volid(), configText);
        if (golden.net0().isEmpty()) {
            throw LabcrewException.badInput("The golden " + volume.volid() + " has no net0, so there is no MAC to reset",
                "bake the golden with a net0 (seed 004 §2 step 1)");
        }
        int vmid = vmid(request.vmid());
        checkStorage(node, request, golden);
        checkHostname(request.hostname());
        return new Blueprint(request, node, vmid, golden);
    }

    /** Facts that must still hold when the approved plan starts: else the approval no longer applies. */
    static Map<String, String> state(Blueprint plan) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("archive", plan.golden().volid());
        facts.put("golden_mac", plan.golden().mac());
        facts.put("vmid", plan.vmid() + " free");
        facts.put("node", plan.node());
        facts.put("hostname", plan.request().hostname() + " unused");
        return facts;
    }

    private String nodeHolding(String archive, String storage) {
        for (String node : client.nodes().names()) {
            if (find(node, storage, archive).isPresent()) {
                return node;
            }
        }
        throw new LabcrewException(ErrorKind.NOT_FOUND, "No node holds the archive " + archive,
            "list the archives with check_backups; copy the volume id exactly, or name the node with node=");
    }

    private Optional<BackupVolume> find(String node, String storage, String archive) {
        List<BackupVolume> volumes;
        try {
            volumes = new BackupApi(client).content(node, storage);
        } catch (ProxmoxException e) {
            if (e.kind() == ErrorKind.PERMISSION_DENIED) {
                throw e;
            }
            return Optional.empty(); // that node has no such storage, or it is offline
        }
        return volumes.stream().filter(v -> archive.equals(v.volid())).findFirst();
    }

    private int vmid(Integer wanted) {
        if (wanted == null) {
            return Integer.parseInt(client.get("/cluster/nextid", Map.of()).asText());
        }
        try {
            client.get("/cluster/nextid", Map.of("vmid", String.valueOf(wanted)));
            return wanted;
        } catch (ProxmoxException e) {
            if (e.kind() == ErrorKind.BAD_INPUT) {
                throw new LabcrewException(ErrorKind.CONFLICT, "VMID " + wanted + " is taken",
                    "omit vmid to take the next free one, or pick another");
            }
            throw e;
        }
    }

    private void checkStorage(String node, ProvisionRequest request, Golden golden) {
        JsonNode status;
        try {
            status = client.get("/nodes/" + node + "/storage/" + request.storage() + "/status", Map.of());
        } catch (ProxmoxException e) {
            throw new LabcrewException(ErrorKind.NOT_FOUND, "Storage " + request.storage() + " is not available on " + node
                + " (" + e.getMessage() + ")", "list the storages with list_storage node=" + node);
        }
        if (!status.path("active").asBoolean(false) && status.path("active").asInt(0) != 1) {
            throw new LabcrewException(ErrorKind.CONFLICT, "Storage " + request.storage() + " on " + node + " is not active",
                "bring it online (NFS server, ZFS pool) or pick another with storage=");
        }
        if (!status.path("content").asText("").contains("rootdir")) {
            throw LabcrewException.badInput("Storage " + request.storage() + " does not hold container volumes (content "
                + status.path("content").asText("") + ")", "pick a storage with rootdir content, e.g. storage=local-lvm");
        }
        long need = Math.max(golden.rootfsGib(), request.rootfsGib() == null ? 0 : request.rootfsGib())
            + request.mounts().stream().filter(m -> m.storage().equals(request.storage())).mapToLong(ProvisionRequest.Mount::gib).sum();
        long avail = status.path("avail").asLong(0) / GIB;
        if (avail < need) {
            throw new LabcrewException(ErrorKind.CONFLICT, "Storage " + request.storage() + " on " + node + " has " + avail
                + " GiB free; the new container needs " + need + " GiB", "free space there or pick another with storage=");
        }
    }

    private void checkHostname(String hostname) {
        for (ClusterResource guest : client.cluster().guests()) {
            if (hostname.equalsIgnoreCase(guest.name())) {
                throw new LabcrewException(ErrorKind.CONFLICT, "Hostname " + hostname + " is taken by " + (guest.isLxc() ? "CT " : "VM ")
                    + guest.vmid() + " on " + guest.node(), "pick another hostname");
            }
        }
    }
}
