package dev.labcrew.testkit.proxmox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vzdump archive on a storage, as {@code content=backup} lists it, with the guest config it embeds
 * ({@code ./etc/vzdump/pct.conf} of an LXC archive: MAC, hostname, features, rootfs size; seed 004 §2 step 5), or
 * null when the scenario gives none.
 */
record BackupArchive(String node, String storage, int vmid, String type, long ctime, long size, String format,
    Map<String, Object> config) {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy_MM_dd-HH_mm_ss");
  private static final Pattern VOLID = Pattern.compile("([^:]+):backup/vzdump-(lxc|qemu)-(\\d+)-"
      + "(\\d{4}_\\d{2}_\\d{2}-\\d{2}_\\d{2}_\\d{2})\\.(.+)");

  BackupArchive(String node, String storage, int vmid, String type, long ctime, long size, String format) {
    this(node, storage, vmid, type, ctime, size, format, null);
  }

  /** The archive a scenario names by its volume id, e.g. {@code local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst}. */
  static BackupArchive ofVolid(String node, String volid, long size, Map<String, Object> config) {
    Matcher m = VOLID.matcher(volid);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a vzdump volume id: " + volid);
    }
    long ctime = LocalDateTime.parse(m.group(4), STAMP).toEpochSecond(ZoneOffset.UTC);
    return new BackupArchive(node, m.group(1), Integer.parseInt(m.group(3)), m.group(2), ctime, size, m.group(5),
        config == null ? null : ConfigValues.normalize(config));
  }

  String volid() {
    String stamp = STAMP.format(Instant.ofEpochSecond(ctime).atZone(ZoneOffset.UTC));
    String ext = format == null ? "vma.zst" : format;
    return storage + ":backup/vzdump-" + type + "-" + vmid + "-" + stamp + "." + ext;
  }
}
