package dev.labcrew.testkit.proxmox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guest snapshot. {@code config} is the guest configuration frozen when it was taken, for rollback.
 *
 * @param parent the snapshot this one was taken on top of, or {@code null} for the first one
 */
record Snapshot(String name, long snaptime, String description, String parent, Map<String, Object> config) {

  Snapshot {
    description = description == null ? "" : description;
    config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }

  /** The config a snapshot keeps of {@code current}: all but the description, the lock and unused volumes. */
  static Map<String, Object> freeze(Map<String, Object> current) {
    Map<String, Object> frozen = new LinkedHashMap<>(current);
    frozen.keySet().removeIf(k -> k.equals("description") || k.equals("lock") || k.matches("unused\\d+"));
    return frozen;
  }

  /** The config after a rollback: this snapshot's, keeping the current description and unused volumes. */
  Map<String, Object> restore(Map<String, Object> current) {
    Map<String, Object> restored = new LinkedHashMap<>(config);
    current.forEach((k, v) -> {
      if (k.equals("description") || k.matches("unused\\d+")) {
        restored.put(k, v);
      }
    });
    return restored;
  }

  Snapshot withParent(String newParent) {
    return new Snapshot(name, snaptime, description, newParent, config);
  }
}
