package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A snapshot of a container. The pseudo-entry {@code current} ("You are here!") is kept and
 * flagged with {@code current = true}; its {@code parent} is the snapshot the container runs from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LxcSnapshot(String name, long snaptime, String description, String parent, boolean current) {
}
