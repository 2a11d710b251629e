package dev.labcrew.cli;

import dev.labcrew.core.tool.CallLine;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.proxmox.ClusterRouter;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxClusters;
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
import java.util.LinkedHashMap;
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
    private Map<String, ProxmoxClient> clients = Map.of();
    private ClusterRouter router;
    private String labFlag = "";
    private List<String> labs = List.of();

    /** How an audit record names a simulated lab: this prefix and the scenario. */
    static final String SIMULATED = "simulated:";

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
        boolean demo = isDemo(options, settings);
        if (demo && !options.simulated()) {
            err.println("labcrew: no Proxmox host configured (PROXMOX_URL or PROXMOX_HOST); using the built-in demo lab");
            err.flush();
        }
        FakeProxmox fake = null;
        DockerLab docker = null;
        LazyStore store = null;
        try {
            Safety safety = new Safety(env, demo);
            store = new LazyStore(() -> new Notifications(env).wrap(safety.store(err), err), err);
            // the lab, its TLS context and the server come up on another thread while the clients and runtimes are built
            fake = demo ? FakeProxmox.builder().scenario(SimulatedLab.load(options.scenarioOrDefault(), err))
                .certificateFile(StateDirs.of(env).demo().simulatorCertificate()).build().startInBackground() : null;
            docker = DockerLab.open(options, settings, demo, err);
            Map<String, ProxmoxConfig.Builder> configs = demo
                ? Map.of(ProxmoxClusters.DEFAULT, ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
                    .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()))
                : ProxmoxClusters.builders(settings);
            ApprovalGate gate = safety.gate(options.approve, terminal, err);
            RequestGates perRequest = requestGates.apply(gate);
            Map<String, ProxmoxClient> clients = new LinkedHashMap<>();
            Map<String, ToolRuntime> runtimes = new LinkedHashMap<>();
            for (Map.Entry<String, ProxmoxConfig.Builder> cluster : configs.entrySet()) {
                ProxmoxClient client = ProxmoxClient.create(build(cluster.getValue(), options, err));
                clients.put(cluster.getKey(), client);
                ToolRuntime.Builder tools = docker == null || runtimes.size() > 0 ? ProxmoxToolset.runtime(client)
                    : docker.addTo(ProxmoxToolset.runtime(client));
                tools.gate(gate).policy(safety.policy(options.policy)).store(store)
                    .lab(label(demo, options, client)).progress(line -> {
                        err.println("  " + line);
                        err.flush();
                    });
                if (perRequest != null) {
                    tools.requestGates(perRequest);
                }
                runtimes.put(cluster.getKey(), tools.build());
            }
            if (fake != null) {
                fake.awaitReady();
            }
            ProxmoxClient client = clients.values().iterator().next();
            ToolRuntime runtime = runtimes.values().iterator().next();
            LabSession session = new LabSession(fake, client, store, runtime);
            session.docker = docker;
            session.clients = clients;
            session.router = new ClusterRouter(runtimes, clients);
            session.labs = clients.values().stream().map(c -> label(demo, options, c)).toList();
            session.labFlag = !demo ? "" : options.scenario == null ? " --demo" : " --scenario " + CallLine.quote(options.scenario);
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

    /** Whether a session with these options and {@link Settings} runs on a simulated lab: asked for, or nothing is configured. */
    static boolean isDemo(LabOptions options, Map<String, String> settings) {
        return options.simulated() || !ProxmoxClusters.isConfigured(settings);
    }

    /** The names of the clusters a session with these options would connect, without connecting: one or more. */
    static List<String> clusterNames(LabOptions options, Map<String, String> settings) {
        return isDemo(options, settings) ? List.of(ProxmoxClusters.DEFAULT) : List.copyOf(ProxmoxClusters.builders(settings).keySet());
    }

    /**
     * The tools of a session, known before it opens: every Proxmox tool, then every Docker tool. The Docker ones are
     * missing from the session only when its Docker settings are malformed (it warns then).
     */
    static List<ToolDefinition> definitions() {
        List<ToolDefinition> all = new java.util.ArrayList<>(ProxmoxToolset.definitions());
        all.addAll(DockerLab.definitions());
        return all;
    }

    /** The name of a cluster's lab in the audit trail: its URL, or {@code simulated:SCENARIO}. */
    private static String label(boolean demo, LabOptions options, ProxmoxClient client) {
        return demo ? SIMULATED + options.scenarioOrDefault() : client.config().baseUrl();
    }

    /** The names of this session's labs, one per cluster, as its audit records write them. */
    List<String> labs() {
        return labs;
    }

    /** One cluster's configuration built, with the trace and the cleartext warning the flags ask for. */
    private static ProxmoxConfig build(ProxmoxConfig.Builder config, LabOptions options, PrintWriter err) {
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
        return built;
    }

    /** The client of the first (or only) cluster. */
    ProxmoxClient client() {
        return client;
    }

    /** Calls a tool on the cluster it concerns (every cluster for a listing), as {@link ClusterRouter} decides. */
    ToolResult call(String name, Map<String, ?> arguments) {
        return router.call(name, arguments);
    }

    /** The client of every configured cluster, by name ({@code default} when there is one). */
    Map<String, ProxmoxClient> clients() {
        return clients;
    }

    /** The router over every configured cluster. */
    ClusterRouter router() {
        return router;
    }

    /** The analyzers of this lab for one sweep: the Proxmox ones, and the Docker ones when Docker is on. */
    List<Analyzer> analyzers() {
        List<Analyzer> analyzers = new java.util.ArrayList<>();
        clients.values().forEach(c -> analyzers.addAll(ProxmoxAnalyzers.create(c)));
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

    /** The option that names this lab on a command line: {@code --demo}, {@code --scenario FILE}, or nothing. */
    String labFlag() {
        return labFlag;
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
        clients.values().forEach(ProxmoxClient::close);
        if (docker != null) {
            docker.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
