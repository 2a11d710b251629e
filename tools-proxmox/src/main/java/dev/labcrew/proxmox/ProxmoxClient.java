package dev.labcrew.proxmox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.access.AccessApi;
import dev.labcrew.proxmox.cluster.ClusterApi;
import dev.labcrew.proxmox.internal.PveTransport;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.internal.RetryPolicy;
import dev.labcrew.proxmox.internal.TransportOptions;
import dev.labcrew.proxmox.lxc.LxcApi;
import dev.labcrew.proxmox.node.NodeApi;
import dev.labcrew.proxmox.task.TaskApi;
import java.util.Map;
import java.util.Objects;

/**
 * A Proxmox VE API client for reading: token auth, verified TLS, lenient JSON, bounded retries of
 * transient failures. Paths are relative to {@code /api2/json}; parameters go in the query.
 * Thread-safe; close it to release connections.
 *
 * <p>It has no public method that changes anything. Changes are the actions of
 * {@link ProxmoxToolset#runtime(ProxmoxClient)}, which run only after its approval gate decided.
 *
 * <pre>{@code
 * try (ProxmoxClient pve = ProxmoxClient.create(ProxmoxConfig.fromEnv())) {
 *     List<ClusterResource> guests = pve.cluster().guests();
 *     ToolResult result = ProxmoxToolset.runtime(pve).gate(gate).build()
 *         .call("start_lxc", Map.of("vmid", 102, "reason", "down since the reboot"));
 * }
 * }</pre>
 *
 * Every call throws {@link ProxmoxException} with an {@link dev.labcrew.core.ErrorKind}, a one-line
 * message and a hint.
 */
public final class ProxmoxClient implements AutoCloseable {
    private final ProxmoxConfig config;
    private final PveTransport transport;

    private ProxmoxClient(ProxmoxConfig config, PveTransport transport) {
        this.config = config;
        this.transport = transport;
    }

    public static ProxmoxClient create(ProxmoxConfig config) {
        Objects.requireNonNull(config, "config");
        TransportOptions options = new TransportOptions(config.baseUrl(), config.tokenId(), config.caPem(),
                config.fingerprint(), config.insecure(), config.connectTimeout(), config.readTimeout(), config.timeout(),
                config.trace());
        RetryPolicy retry = new RetryPolicy(config.maxAttempts(), config.firstBackoff(), config.maxBackoff(), config.sleeper());
        return new ProxmoxClient(config, PveTransport.open(options, config.tokenSecret(), retry));
    }

    /** GET; returns the envelope's {@code data} (a {@code NullNode} when null). */
    public JsonNode get(String path, Map<String, String> query) {
        return PveTransport.data(transport.call("GET", path, query));
    }

    /**
     * GET returning the whole envelope, {@code {"data": ..., "total": N}}, for the lists whose
     * {@code total} matters (task log, syslog).
     */
    public JsonNode getEnvelope(String path, Map<String, String> query) {
        return transport.call("GET", path, query);
    }

    /** GET, mapping {@code data} leniently onto {@code type} ({@code null} when data is null). */
    public <T> T get(String path, Map<String, String> query, TypeReference<T> type) {
        return transport.convert(get(path, query), type, "GET", path);
    }

    /** The writes, for the toolset's actions alone: package-private so that no caller skips the gate. */
    PveWrites writes() {
        return transport.writes();
    }

    public ClusterApi cluster() {
        return new ClusterApi(this);
    }

    public LxcApi lxc() {
        return new LxcApi(this);
    }

    public TaskApi tasks() {
        return new TaskApi(this);
    }

    public NodeApi nodes() {
        return new NodeApi(this);
    }

    public AccessApi access() {
        return new AccessApi(this);
    }

    public ProxmoxConfig config() {
        return config;
    }

    @Override
    public void close() {
        transport.close();
    }
}
