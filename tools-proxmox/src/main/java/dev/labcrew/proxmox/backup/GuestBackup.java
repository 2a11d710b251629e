package dev.labcrew.proxmox.backup;

/**
 * The newest backup of one guest found on the backup storages; {@code volid} null when none was found.
 *
 * @param inJob whether an enabled backup job covers the guest; null when the jobs could not be read
 */
public record GuestBackup(int vmid, String name, String type, String node, String volid, String storage, Long ctime,
                          Long size, Boolean inJob) {
}
