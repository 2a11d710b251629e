package dev.labcrew.proxmox.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the token may do: used by {@code doctor} to check each tool's privilege up front. */
public final class AccessApi {
    private final ProxmoxClient client;

    public AccessApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The token's effective privileges on {@code path} (e.g. {@code /vms/102}, {@code /nodes/pve1}),
     * keyed by path. PVE maps each privilege to its propagate flag, so a privilege listed with 0 is
     * still granted on the path itself: every listed privilege is returned.
     *
     * @param path an ACL path, or null for every path that carries an ACL
     */
    public Map<String, Set<String>> permissions(String path) {
        Map<String, String> query = new HashMap<>();
        if (path != null && !path.isBlank()) {
            query.put("path", path.trim());
        }
        JsonNode data = client.get("/access/permissions", query);
        Map<String, Set<String>> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            Set<String> privileges = new TreeSet<>();
            entry.getValue().fieldNames().forEachRemaining(privileges::add);
            result.put(entry.getKey(), Collections.unmodifiableSet(privileges));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The token's effective privileges on one {@code path}. PVE answers with that path alone, or (older
     * versions, some realms) with the whole map of ACL paths: then the privileges of {@code path} itself
     * and those propagated (flag 1) from every parent path are combined.
     */
    public Set<String> privilegesOn(String path) {
        JsonNode data = client.get("/access/permissions", Map.of("path", path));
        Set<String> result = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            String granted = entry.getKey();
            boolean exact = granted.equals(path);
            if (exact || covers(granted, path)) {
                entry.getValue().properties().forEach(p -> {
                    if (exact || p.getValue().asInt(1) != 0) {
                        result.add(p.getKey());
                    }
                });
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private static boolean covers(String parent, String path) {
        return parent.equals("/") || path.startsWith(parent.endsWith("/") ? parent : parent + "/");
    }
}
