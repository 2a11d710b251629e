package dev.labcrew.cli;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.TransportSecurity;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.RequestGates;
import dev.labcrew.core.store.StateStore;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A connection to a lab for one command: the configured Proxmox host, or the built-in demo lab
 * (a {@link FakeProxmox} on loopback, reached over verified TLS with its own CA) when asked for or
 * when nothing is configured.
 */
final class LabSession implements AutoCloseable {
    private final FakeProxmox demo;
    private final ProxmoxClient client;
    private final ToolRuntime runtime;

    private final LazyStore store;
    private DockerLab docker;

    private LabSession(FakeProxmox demo, ProxmoxClient client, LazyStore store, ToolRuntime runtime) {
        this.demo = demo;
        this.client = client;
        this.store = store;
        this.runtime = runtime;
    }

    static LabSession open(LabOptions options, Map<String, String> env, BufferedReader terminal, PrintWriter err) {
        return open(options, env, terminal, err, gate -> null);
    }

    /**
     * As {@link #open(LabOptions, Map, BufferedReader, PrintWriter)}, with the gates of requests that come
     * from a transport with its own humans (MCP), made from the session's own gate as their fallback.
     */
    static LabSession open(LabOptions options, Map<String, String> env, BufferedReader terminal, PrintWriter err,
                           Function<ApprovalGate, RequestGates> requestGates) {
        Map<String, String> settings = Settings.load(env);
        boolean demo = options.demo || !ProxmoxConfig.isConfigured(settings);
        if (demo && !options.demo) {
            err.println("labcrew: no Proxmox host configured (PROXMOX_URL or PROXMOX_HOST); using the built-in demo lab");
            err.flush();
        }
        FakeProxmox fake = null;
        DockerLab docker = null;
        LazyStore store = null;
        try {
            Safety safety = new Safety(env);
            store = new LazyStore(safety, err, opened -> new Notifications(env).wrap(opened, err));
            fake = demo ? FakeProxmox.builder().scenario(options.scenario).build().start() : null;
            docker = DockerLab.open(options, settings, demo, err);
            ProxmoxConfig.Builder config = demo
                ? ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret())
                    .caPem(fake.certificatePem())
                : ProxmoxConfig.builder(settings);
            if (options.trace) {
                config.trace(line -> {
                    err.println(line);
                    err.flush();
                });
            }
            ProxmoxConfig built = config.build();
            if (built.transportSecurity() == TransportSecurity.CLEARTEXT) {
                err.println("labcrew: WARNING Proxmox API over cleartext http (PROXMOX_ALLOW_HTTP=true): the API token "
                    + "crosses the network unencrypted; use https://HOST:8006");
                err.flush();
            }
            ProxmoxClient client = ProxmoxClient.create(built);
            ApprovalGate gate = safety.gate(options.approve, terminal, err);
            ToolRuntime.Builder tools = docker == null ? ProxmoxToolset.runtime(client) : docker.addTo(ProxmoxToolset.runtime(client));
            tools.gate(gate).policy(safety.policy(options.policy)).store(store);
            RequestGates perRequest = requestGates.apply(gate);
            if (perRequest != null) {
                tools.requestGates(perRequest);
            }
            LabSession session = new LabSession(fake, client, store, tools.build());
            session.docker = docker;
            return session;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            if (fake != null) {
                fake.close();
            }
            if (docker != null) {
                docker.close();
            }
            throw e;
        }
    }

    ProxmoxClient client() {
        return client;
    }

    /** The analyzers of this lab for one sweep: the Proxmox ones, and the Docker ones when Docker is on. */
    List<Analyzer> analyzers() {
        List<Analyzer> analyzers = new java.util.ArrayList<>(ProxmoxAnalyzers.create(client));
        if (docker != null) {
            analyzers.addAll(docker.analyzers());
        }
        return analyzers;
    }

    ToolRuntime runtime() {
        return runtime;
    }

    /** The Docker engines beside the lab (their tools are in {@link #runtime()}), or null when Docker is off. */
    DockerLab docker() {
        return docker;
    }

    boolean isDemo() {
        return demo != null;
    }

    /** The state store of this session: approvals and the audit trail. */
    StateStore store() {
        return store.get();
    }

    @Override
    public void close() {
        store.close();
        client.close();
        if (docker != null) {
            docker.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
