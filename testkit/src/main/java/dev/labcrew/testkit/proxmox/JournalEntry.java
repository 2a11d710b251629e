package dev.labcrew.testkit.proxmox;

/**
 * One node journal record.
 *
 * @param unit the systemd unit {@code journalctl --unit} matches it by (without {@code .service}), or {@code null}
 * @param ident the syslog identifier with pid, such as {@code systemd[1]}
 */
record JournalEntry(String node, String unit, long time, String ident, String message) {}
