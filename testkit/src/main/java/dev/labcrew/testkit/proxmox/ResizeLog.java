package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The task log of a {@code resize}: {@code lvextend}'s lines for LVM volumes, then {@code resize2fs} online (running
 * CT) or {@code e2fsck} + {@code resize2fs} (stopped CT) for raw volumes. ZFS subvolumes print nothing.
 */
final class ResizeLog {
  private static final String E2FS = "1.47.2 (1-Jan-2025)";

  private ResizeLog() {}

  static List<String> lines(Volumes.Volume volume, long newSize, boolean running) {
    List<String> lines = new ArrayList<>();
    if (volume.name().startsWith("subvol-")) {
      return lines;
    }
    String vg = volume.storage().equals("local-lvm") ? "pve" : volume.storage();
    String device = "/dev/" + vg + "/" + volume.name();
    if ("lvmthin".equals(volume.plugintype()) || "lvm".equals(volume.plugintype())) {
      lines.add("  Size of logical volume " + vg + "/" + volume.name() + " changed from " + gib(volume.size())
          + " (" + (volume.size() >> 22) + " extents) to " + gib(newSize) + " (" + (newSize >> 22) + " extents).");
      lines.add("  Logical volume " + vg + "/" + volume.name() + " successfully resized.");
    }
    long blocks = newSize >> 12;
    if (running) {
      lines.add("resize2fs " + E2FS);
      lines.add("Filesystem at " + device + " is mounted on /tmp; on-line resizing required");
      lines.add("old_desc_blocks = 1, new_desc_blocks = 1");
    } else {
      lines.add("e2fsck " + E2FS);
      lines.add("Pass 1: Checking inodes, blocks, and sizes");
      lines.add("Pass 2: Checking directory structure");
      lines.add("Pass 3: Checking directory connectivity");
      lines.add("Pass 4: Checking reference counts");
      lines.add("Pass 5: Checking group summary information");
      lines.add(device + ": 41223/" + (volume.size() >> 16) + " files (0.2% non-contiguous), "
          + (volume.size() >> 14) + "/" + (volume.size() >> 12) + " blocks");
      lines.add("resize2fs " + E2FS);
      lines.add("Resizing the filesystem on " + device + " to " + blocks + " (4k) blocks.");
    }
    lines.add("The filesystem on " + device + " is now " + blocks + " (4k) blocks long.");
    return lines;
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }
}
