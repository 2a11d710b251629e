package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The requests that change something on Proxmox: POST and PUT with a form body, DELETE with a query.
 * Internal, not API: {@link dev.labcrew.proxmox.ProxmoxClient} has no public write method, and the only
 * holder of this object is the wiring of {@code ProxmoxToolset.runtime(client)}, which hands it to the
 * registered actions. So a write runs only after the runtime's approval gate decided.
 */
public final class PveWrites {
    private final PveTransport transport;

    PveWrites(PveTransport transport) {
        this.transport = transport;
    }

    /** POST with a form-urlencoded body; async actions return the UPID as a text node. */
    public JsonNode post(String path, Map<String, String> form) {
        return PveTransport.data(transport.call("POST", path, form));
    }

    /** PUT with a form-urlencoded body. */
    public JsonNode put(String path, Map<String, String> form) {
        return PveTransport.data(transport.call("PUT", path, form));
    }

    /** DELETE with query parameters. */
    public JsonNode delete(String path, Map<String, String> query) {
        return PveTransport.data(transport.call("DELETE", path, query));
    }
}
