package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A node row of {@code GET /cluster/status}; {@code local} marks the node the client talks to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClusterNode(String name, boolean online, String ip, boolean local) {
}
