package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Starts a task (POST or DELETE answering a UPID) and hands the UPID to {@code await}. When {@code lockedOut} says
     * the task ended because it could not take the guest's lock (PVE 8.2+ locks inside the task), the write did not
     * happen and goes out again, sharing the attempts and the deadline with a lock refused by the request itself
     * (older PVE): at most the client's attempts in all. Returns the last outcome.
     *
     * @throws dev.labcrew.proxmox.ProxmoxException when the request fails, after the retries the policy allows
     */
    public <T> T startTask(String method, String path, Map<String, String> params, Function<String, T> await,
            Predicate<T> lockedOut) {
        return transport.call(method, path, params, envelope -> await.apply(PveTransport.data(envelope).asText()), lockedOut);
    }

    /** DELETE with query parameters. */
    public JsonNode delete(String path, Map<String, String> query) {
        return PveTransport.data(transport.call("DELETE", path, query));
    }
}
