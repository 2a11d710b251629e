package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /version}: e.g. version {@code 8.2.4}, release {@code 8.2}, repoid {@code faa83925}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PveVersion(String version, String release, String repoid) {
}
