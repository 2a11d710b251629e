package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A node as {@code GET /nodes} lists it, which any authenticated token may call.
 *
 * @param node the node name
 * @param status {@code online}, {@code offline} or {@code unknown}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NodeSummary(String node, String status) {
    public boolean online() {
        return "online".equals(status);
    }
}
