package dev.labcrew.proxmox.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backup reads: the scheduled jobs ({@code /cluster/backup}, Sys.Audit on {@code /}) and the backups a storage
 * holds ({@code content=backup}, Datastore.Audit or Datastore.AllocateSpace on {@code /storage/{storage}}), a PBS
 * datastore included, through PVE's own API.
 */
public final class BackupApi {
    private static final TypeReference<List<BackupJob>> JOBS = new TypeReference<>() { };
    private static final TypeReference<List<BackupVolume>> VOLUMES = new TypeReference<>() { };

    private final ProxmoxClient client;

    public BackupApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public List<BackupJob> jobs() {
        List<BackupJob> jobs = client.get("/cluster/backup", Map.of(), JOBS);
        return jobs == null ? List.of() : List.copyOf(jobs);
    }

    public List<BackupVolume> content(String node, String storage) {
        List<BackupVolume> rows = client.get("/nodes/" + NodeNames.require(node) + "/storage/" + storage + "/content",
            Map.of("content", "backup"), VOLUMES);
        return rows == null ? List.of() : List.copyOf(rows);
    }
}
