package dev.labcrew.proxmox.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One backup on a storage ({@code content=backup}): {@code vmid} may be absent, {@code ctime} epoch seconds;
 * {@code encrypted} is the key's fingerprint (or {@code 1}) when encrypted; {@code verification} only on PBS.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupVolume(String volid, Integer vmid, long ctime, long size, String format, String notes, String encrypted,
                           Verification verification, @JsonProperty("protected") Boolean isProtected) {

    /** The last verification of a PBS backup: {@code ok} or {@code failed}, and its task. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(String state, String upid) {
    }
}
