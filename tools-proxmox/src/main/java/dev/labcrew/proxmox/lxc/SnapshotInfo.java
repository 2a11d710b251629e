package dev.labcrew.proxmox.lxc;

/**
 * One snapshot of a container.
 *
 * @param snaptime when it was taken, seconds since the epoch
 * @param ageSeconds how old it is now
 * @param parent the snapshot it was taken on top of, or null
 */
public record SnapshotInfo(String name, long snaptime, long ageSeconds, String description, String parent) {
}
