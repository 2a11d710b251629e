package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A raw {@code lxc.*} line of a container config, e.g. {@code lxc.cgroup2.devices.allow: c 226:0 rwm}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawLxcEntry(String key, String value) {
}
