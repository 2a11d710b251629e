package dev.labcrew.proxmox.internal;

import dev.labcrew.core.LabcrewException;
import java.util.regex.Pattern;

/** Validates node names before they become a path segment. Internal: not part of the API. */
public final class NodeNames {
    // the pve-node format: a host name label
    private static final Pattern NODE = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?");

    private NodeNames() {
    }

    /** @throws LabcrewException {@code BAD_INPUT} when missing or not a node name */
    public static String require(String node) {
        if (node == null || node.isBlank()) {
            throw LabcrewException.badInput("node is required", "pass the cluster node name, e.g. node=pve1 (GET /nodes lists them)");
        }
        String trimmed = node.trim();
        if (!NODE.matcher(trimmed).matches()) {
            throw LabcrewException.badInput("Invalid node name '" + trimmed + "'",
                    "node names are host names such as pve1 (GET /nodes lists them)");
        }
        return trimmed;
    }
}
