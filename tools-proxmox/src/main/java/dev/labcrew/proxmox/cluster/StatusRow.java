package dev.labcrew.proxmox.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A row of {@code /cluster/status}: the cluster itself or one node. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StatusRow(String type, String name, boolean online, String ip, boolean local) {
}
