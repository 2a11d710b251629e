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
import dev.labcrew.core.audit.AuditLog;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * A connection to a lab for one command: the configured Proxmox host, or the built-in demo lab
 * (a {@link FakeProxmox} on loopback, reached over verified TLS with its own CA) when asked for or
 * when nothing is configured.
 */
final class LabSession implements AutoCloseable {
    private final FakeProxmox demo;
    private final ProxmoxClient client;
    private final ToolRuntime runtime;

    private final AuditLog audit;
    private final ApprovalGate gate;
    private DockerLab docker;

    private LabSession(FakeProxmox demo, ProxmoxClient client, AuditLog audit, ApprovalGate gate, ToolRuntime runtime) {
        this.demo = demo;
        this.client = client;
        this.audit = audit;
        this.gate = gate;
        this.runtime = runtime;
    }

    static LabSession open(LabOptions options, Map<String, String> env, BufferedReader terminal, PrintWriter err) {
        Map<String, String> settings = Settings.load(env);
        boolean demo = options.demo || !ProxmoxConfig.isConfigured(settings);
        if (demo && !options.demo) {
            err.println("labcrew: no Proxmox host configured (PROXMOX_URL or PROXMOX_HOST); using the built-in demo lab");
            err.flush();
        }
        FakeProxmox fake = demo ? FakeProxmox.builder().scenario(options.scenario).build().start() : null;
        DockerLab docker = DockerLab.open(options, settings, demo, err);
        try {
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
            Safety safety = new Safety(env);
            AuditLog audit = safety.audit();
            Safety.reportUnfinished(audit, err);
            ApprovalGate gate = safety.gate(options.approve, terminal, err);
            ToolRuntime.Builder tools = docker == null ? ProxmoxToolset.runtime(client) : docker.addTo(ProxmoxToolset.runtime(client));
            ToolRuntime runtime = tools.gate(gate).policy(safety.policy(options.policy)).audit(audit).build();
            LabSession session = new LabSession(fake, client, audit, gate, runtime);
            session.docker = docker;
            return session;
        } catch (RuntimeException e) {
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

    /** The approval gate chosen by {@code --approve}, for callers that pass it per request (the LLM crew). */
    ApprovalGate gate() {
        return gate;
    }

    /** The Docker engines beside the lab (their tools are in {@link #runtime()}), or null when Docker is off. */
    DockerLab docker() {
        return docker;
    }

    boolean isDemo() {
        return demo != null;
    }

    @Override
    public void close() {
        audit.close();
        client.close();
        if (docker != null) {
            docker.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
