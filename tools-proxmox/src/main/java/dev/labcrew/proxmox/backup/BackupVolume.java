package dev.labcrew.proxmox.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One backup on a storage ({@code content=backup}); {@code vmid} absent on old PVE for some formats, {@code ctime} epoch seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupVolume(String volid, Integer vmid, long ctime, long size, String format, String notes, Boolean encrypted,
                           Boolean verified) {
}
