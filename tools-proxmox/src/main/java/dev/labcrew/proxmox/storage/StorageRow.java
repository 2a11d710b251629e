package dev.labcrew.proxmox.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One row of {@code GET /nodes/{node}/storage}: an inactive storage has no usage (0); {@code enabled} is absent
 * (true) on older PVE versions; {@code node} is filled in by the reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageRow(String node, String storage, String type, String content, boolean shared, Boolean enabled,
                         boolean active, long total, long used) {

    StorageRow withNode(String name) {
        return new StorageRow(name, storage, type, content, shared, enabled, active, total, used);
    }

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public boolean hasBackups() {
        return content != null && content.contains("backup");
    }

    /** Used percent, 0 when unknown. */
    public long percent() {
        return total > 0 ? used * 100 / total : 0;
    }
}
