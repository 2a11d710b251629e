package dev.labcrew.testkit.proxmox;

import java.util.Map;

/**
 * A guest snapshot. {@code config} is the guest configuration frozen when it was taken, for rollback.
 *
 * @param parent the previous snapshot's name, or {@code null} for the first one
 */
record Snapshot(String name, long snaptime, String description, String parent, Map<String, Object> config) {

  Snapshot {
    description = description == null ? "" : description;
    config = Map.copyOf(config);
  }
}
