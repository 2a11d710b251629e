package dev.labcrew.testkit.proxmox;

/** A vzdump archive on a storage, as {@code content=backup} lists it. */
record BackupArchive(String node, String storage, int vmid, String type, long ctime, long size, String format) {

  String volid() {
    String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy_MM_dd-HH_mm_ss")
        .format(java.time.Instant.ofEpochSecond(ctime).atZone(java.time.ZoneOffset.UTC));
    String ext = format == null ? "vma.zst" : format;
    return storage + ":backup/vzdump-" + type + "-" + vmid + "-" + stamp + "." + ext;
  }
}
