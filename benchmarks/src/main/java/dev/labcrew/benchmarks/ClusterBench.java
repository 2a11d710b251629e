package dev.labcrew.benchmarks;

import dev.labcrew.agents.Triage;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the read-only tools (containers, VMs when one runs, nodes, storage, cluster, tasks, backups), the offline triage sweep and the runtime overhead against one
 * freshly started {@link FakeProxmox}. Single-guest tools get only a {@code vmid}, as a model would
 * send it, so their request counts include finding the guest's node.
 */
public final class ClusterBench {
    static final List<String> GUEST_TOOLS = List.of("check_lxc_status", "get_lxc_resource_usage",
        "check_lxc_logs", "check_lxc_snapshots", "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup");
    /** Reads of the whole lab, called without arguments. */
    static final List<String> LAB_TOOLS = List.of("list_vms", "list_nodes", "list_storage", "check_cluster_status",
        "list_recent_tasks", "check_backups");
    /** Single-VM reads, measured when the simulated cluster has a running VM. */
    static final List<String> VM_TOOLS = List.of("check_vm_status", "get_vm_resource_usage", "get_vm_config", "check_vm_snapshots");
    static final String TRIAGE = "triage (offline sweep)";
    /** The delay of every response in the latency-bound triage: a PVE host on the LAN under load, or a VPN away. */
    static final Duration RTT = Duration.ofMillis(5);
    /** As {@link Sweep#quiet()}: four per-guest calls at a time. */
    static final int SWEEP_PARALLELISM = 4;

    private final Iterations iterations;
    private final TokenCounter tokens = new TokenCounter();

    public ClusterBench(Iterations iterations) {
        this.iterations = iterations;
    }

    /** Starts a simulator of the given size, measures, and stops it. */
    public SizeResult run(ClusterSize size) {
        try (FakeProxmox fake = FakeProxmox.builder().scenario(Scenario.largeCluster(size.nodes(), size.guests())).build().start();
             ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl())
                 .tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).build())) {
            ToolRuntime runtime = ProxmoxToolset.runtime(client).build();
            ClusterResource guest = runningContainer(client);
            Map<String, Object> byVmid = Map.of("vmid", guest.vmid());
            List<Row> rows = new ArrayList<>();
            rows.add(tool(fake, runtime, size, "list_lxc_containers", Map.of(), iterations.bulkWarmup(), iterations.bulkMeasured()));
            for (String name : GUEST_TOOLS) {
                rows.add(tool(fake, runtime, size, name, byVmid, iterations.warmup(), iterations.measured()));
            }
            for (String name : LAB_TOOLS) {
                rows.add(tool(fake, runtime, size, name, Map.of(), iterations.bulkWarmup(), iterations.bulkMeasured()));
            }
            client.cluster().guests().stream().filter(g -> "qemu".equals(g.type()) && "running".equals(g.status())).findFirst()
                .ifPresent(vm -> VM_TOOLS.forEach(name -> rows.add(tool(fake, runtime, size, name, Map.of("vmid", vm.vmid()),
                    iterations.warmup(), iterations.measured()))));
            rows.add(triage(fake, runtime, client, size));
            int containers = (int) client.cluster().guests().stream().filter(ClusterResource::isLxc).count();
            Overhead overhead = overhead(fake, runtime, guest, size);
            return new SizeResult(size, rows, overhead, containers, triageAtRtt(fake, runtime, client, size));
        }
    }

    private Row tool(FakeProxmox fake, ToolRuntime runtime, ClusterSize size, String name, Map<String, ?> args,
            int warmup, int measured) {
        Supplier<ToolResult> call = () -> runtime.call(name, args);
        double nanos = Latency.medianNanos(warmup, measured, call::get);
        fake.clearRequests();
        ToolResult result = call.get();
        int requests = fake.requests().size();
        String text = result.text() == null ? "" : result.text();
        return new Row(name, size.guests(), requests, nanos / 1e6, tokens.count(text), text.length(), result.isError());
    }

    // One sweep, timed and counted together: it costs seconds at 1,000+ guests and the JVM is warm by now.
    private Row triage(FakeProxmox fake, ToolRuntime runtime, ProxmoxClient client, ClusterSize size) {
        Triage triage = new Triage(runtime, ProxmoxAnalyzers.create(client));
        fake.clearRequests();
        long start = System.nanoTime();
        try (Sweep quiet = Sweep.quiet()) {
            triage.run("bench", quiet);
        }
        double nanos = System.nanoTime() - start;
        int requests = fake.requests().size();
        fake.clearRequests();
        return new Row(TRIAGE, size.guests(), requests, nanos / 1e6, 0, 0, false);
    }

    /** One sweep with every response delayed by {@link #RTT}, last: the delay stays off for everything else. */
    private TriageAtRtt triageAtRtt(FakeProxmox fake, ToolRuntime runtime, ProxmoxClient client, ClusterSize size) {
        Triage triage = new Triage(runtime, ProxmoxAnalyzers.create(client));
        fake.faults().slow(RTT);
        fake.clearRequests();
        long start = System.nanoTime();
        try (Sweep sweep = new Sweep(line -> { }, SWEEP_PARALLELISM)) {
            triage.run("bench", sweep);
        } finally {
            fake.faults().slow(Duration.ZERO);
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        return new TriageAtRtt(size.guests(), fake.requests().size(), SWEEP_PARALLELISM, RTT.toNanos() / 1e6, wallMs);
    }

    /**
     * The tool against the same GETs done bare ({@link BareClient}), alternating call by call in one loop so that both
     * see the same JVM, simulator and machine load.
     */
    private Overhead overhead(FakeProxmox fake, ToolRuntime runtime, ClusterResource guest, ClusterSize size) {
        Map<String, Object> args = Map.of("vmid", guest.vmid(), "node", guest.node());
        Runnable tool = () -> runtime.call("check_lxc_status", args);
        fake.clearRequests();
        tool.run();
        List<String> reads = fake.requests().stream()
            .map(r -> r.apiPath() + (r.query() == null || r.query().isEmpty() ? "" : "?" + r.query())).toList();
        try (BareClient client = new BareClient(fake)) {
            Runnable bare = () -> reads.forEach(client::get);
            double[] medians = Latency.interleavedMedians(iterations.overheadWarmup(), iterations.overheadMeasured(), tool, bare);
            return new Overhead(size.guests(), reads.size(), medians[0] / 1e3, medians[1] / 1e3);
        }
    }

    private static ClusterResource runningContainer(ProxmoxClient client) {
        return client.cluster().guests().stream()
            .filter(g -> g.isLxc() && "running".equals(g.status()) && !g.template())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the simulated cluster has no running container"));
    }
}
