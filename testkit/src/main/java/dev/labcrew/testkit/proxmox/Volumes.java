package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rootfs and mount point volumes of a guest, as PVE's storage layer sees them. */
final class Volumes {
  private static final Set<String> SNAPSHOT_TYPES = Set.of("lvmthin", "zfspool", "zfs", "rbd", "btrfs");

  /**
   * One volume.
   *
   * @param storage the storage id, or {@code null} for a bind mount or device (a host path)
   * @param name the volume name on the storage, such as {@code vm-101-disk-0}, or the host path
   * @param plugintype the storage type, such as {@code lvmthin}, or {@code null} when unknown
   */
  record Volume(String key, String storage, String name, String plugintype, long size) {
    boolean hostPath() {
      return storage == null;
    }
  }

  private Volumes() {}

  static List<Volume> of(Guest g, Lab lab) {
    List<Volume> volumes = new ArrayList<>();
    g.config().forEach((key, value) -> {
      if (key.equals("rootfs") || key.matches("mp\\d+")) {
        volumes.add(parse(key, value.toString(), g.node(), lab));
      }
    });
    return volumes;
  }

  static Volume parse(String key, String text, String node, Lab lab) {
    Map<String, String> parts = PropertyString.parse(text, "volume");
    String volid = parts.getOrDefault("volume", "");
    long size = ConfigValues.sizeBytes(text);
    int colon = volid.indexOf(':');
    if (volid.startsWith("/") || colon < 0) {
      return new Volume(key, null, volid, null, size);
    }
    String storage = volid.substring(0, colon);
    String plugintype = storage(lab, node, storage).map(StorageState::plugintype).orElse(null);
    return new Volume(key, storage, volid.substring(colon + 1), plugintype, size);
  }

  static Optional<StorageState> storage(Lab lab, String node, String storage) {
    return lab.storages.stream().filter(s -> s.node().equals(node) && s.storage().equals(storage)).findFirst();
  }

  /** {@code has_feature('snapshot')}: every volume on a storage that snapshots; host paths never do. */
  static boolean snapshotCapable(Guest g, Lab lab) {
    return of(g, lab).stream().allMatch(v -> !v.hostPath() && SNAPSHOT_TYPES.contains(v.plugintype()));
  }

  /** The LVM logical volumes among them (lvmthin), whose commands print to the task log. */
  static List<Volume> lvm(Guest g, Lab lab) {
    return of(g, lab).stream().filter(v -> "lvmthin".equals(v.plugintype())).toList();
  }
}
