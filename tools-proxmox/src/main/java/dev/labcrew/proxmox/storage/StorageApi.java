package dev.labcrew.proxmox.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code GET /nodes/{node}/storage}: the storages one node sees (rows need Datastore.Audit on {@code /storage/{id}}). */
public final class StorageApi {
    private static final TypeReference<List<StorageRow>> ROWS = new TypeReference<>() { };

    private final ProxmoxClient client;

    public StorageApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public List<StorageRow> list(String node) {
        List<StorageRow> rows = client.get("/nodes/" + NodeNames.require(node) + "/storage", Map.of(), ROWS);
        return rows == null ? List.of() : rows.stream().map(r -> r.withNode(node))
            .sorted(Comparator.comparing(StorageRow::storage)).toList();
    }
}
