package dev.labcrew.proxmox.vm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One row of {@code GET .../qemu/{vmid}/snapshot}; {@code vmstate} when RAM was saved; {@code current} is "you are here". */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VmSnapshot(String name, long snaptime, String description, String parent, boolean vmstate) {
}
