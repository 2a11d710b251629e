package dev.labcrew.proxmox;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.tool.ToolCaller;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Sends each tool call to the cluster it concerns when several are configured. Every tool takes an optional
 * {@code cluster}: given, the call goes there; omitted, a call naming a {@code vmid} (or a {@code node}) goes to the
 * one cluster that holds it, and any other read goes to every cluster, each answer labelled with its cluster.
 * A changing tool never fans out. A cluster that cannot be reached (wrong pin, down) fails alone, in one line.
 *
 * <pre>{@code
 * ClusterRouter router = new ClusterRouter(Map.of("home", homeRuntime, "lab", labRuntime), Map.of("home", home, "lab", lab));
 * router.call("check_lxc_status", Map.of("vmid", 102, "cluster", "home"));
 * }</pre>
 */
public final class ClusterRouter implements ToolCaller {
    /** The argument every tool accepts when several clusters are configured. */
    public static final String CLUSTER = "cluster";

    private final Map<String, ToolRuntime> runtimes;
    private final Map<String, ProxmoxClient> clients;
    private final Set<String> proxmoxTools;

    /** Routes the Proxmox tools; any other tool of the runtimes (Docker) runs on the first runtime alone. */
    public ClusterRouter(Map<String, ToolRuntime> runtimes, Map<String, ProxmoxClient> clients) {
        if (runtimes.isEmpty() || !runtimes.keySet().equals(clients.keySet())) {
            throw new IllegalArgumentException("one runtime and one client per cluster, at least one: " + runtimes.keySet());
        }
        this.runtimes = new LinkedHashMap<>(runtimes);
        this.clients = new LinkedHashMap<>(clients);
        this.proxmoxTools = ProxmoxToolset.definitions().stream().map(ToolDefinition::name).collect(Collectors.toSet());
    }

    /** The catalog, the same on every cluster. */
    public ToolCatalog catalog() {
        return first().catalog();
    }

    public List<String> clusters() {
        return List.copyOf(runtimes.keySet());
    }

    /** Calls {@code name} where it belongs; never throws for what a user or model can cause. */
    public ToolResult call(String name, Map<String, ?> arguments) {
        return call(name, arguments, (runtime, args) -> runtime.call(name, args));
    }

    /** As {@link #call(String, Map)} for one request (an MCP session): the runtime asks that request's human. */
    @Override
    public ToolResult call(String name, Map<String, ?> arguments, RequestContext request) {
        return call(name, arguments, (runtime, args) -> runtime.call(name, args, request));
    }

    /** What the {@code cluster} argument accepts, for a tool schema. */
    public String clusterHelp() {
        return clusterHelp(runtimes.keySet());
    }

    /** What the {@code cluster} argument accepts when these clusters are configured, before any is connected. */
    public static String clusterHelp(Collection<String> clusters) {
        return "cluster: " + String.join(", ", clusters) + "; omitted: the one holding vmid/node, else all";
    }

    /** As {@link #call(String, Map)}, with {@code invoke} running the call on the chosen runtime (e.g. for one MCP request). */
    public ToolResult call(String name, Map<String, ?> arguments, BiFunction<ToolRuntime, Map<String, Object>, ToolResult> invoke) {
        Map<String, Object> args = new HashMap<>(arguments == null ? Map.of() : arguments);
        Object wanted = args.remove(CLUSTER);
        String cluster = wanted == null || wanted.toString().isBlank() ? null : wanted.toString().trim();
        try {
            if (cluster != null) {
                return invoke.apply(runtime(cluster), args);
            }
            if (runtimes.size() == 1 || !proxmoxTools.contains(name)) {
                return invoke.apply(first(), args);
            }
            String holder = holder(args);
            if (holder != null) {
                return invoke.apply(runtimes.get(holder), args);
            }
            ToolDefinition tool = catalog().find(name).orElse(null);
            if (tool != null && tool.risk().needsApproval()) {
                throw LabcrewException.badInput(name + " changes something: name its cluster", "pass cluster=" + String.join(" or cluster=", runtimes.keySet()));
            }
            return everywhere(name, args, invoke);
        } catch (LabcrewException e) {
            return ToolResult.failure(name, e);
        }
    }

    private ToolRuntime runtime(String cluster) {
        ToolRuntime runtime = runtimes.get(cluster);
        if (runtime == null && runtimes.size() == 1 && ProxmoxClusters.DEFAULT.equals(cluster)) {
            return first();
        }
        if (runtime == null) {
            throw LabcrewException.badInput("Unknown cluster '" + cluster + "'", "configured: " + String.join(", ", runtimes.keySet()));
        }
        return runtime;
    }

    /** The one cluster holding the call's {@code vmid} (or {@code node}); null when the call names neither. */
    private String holder(Map<String, Object> args) {
        Object vmid = args.get("vmid");
        Object node = args.get("node");
        if (vmid == null && node == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (Map.Entry<String, ProxmoxClient> e : clients.entrySet()) {
            try {
                boolean has = vmid != null
                    ? e.getValue().cluster().guests().stream().anyMatch(g -> String.valueOf(g.vmid()).equals(vmid.toString().trim()))
                    : e.getValue().nodes().names().contains(node.toString().trim());
                if (has) {
                    found.add(e.getKey());
                }
            } catch (LabcrewException failure) {
                unreachable.add(e.getKey() + " (" + failure.getMessage() + ")");
            }
        }
        String what = vmid != null ? "VMID " + vmid : "node " + node;
        if (found.size() > 1) {
            throw LabcrewException.badInput(what + " exists in clusters " + String.join(" and ", found), "pass cluster=" + found.get(0) + " or another");
        }
        if (found.isEmpty()) {
            throw new LabcrewException(ErrorKind.NOT_FOUND, what + " is in no reachable cluster"
                + (unreachable.isEmpty() ? "" : "; not reached: " + String.join(", ", unreachable)), "pass cluster= to ask one cluster");
        }
        return found.get(0);
    }

    private ToolResult everywhere(String name, Map<String, Object> args, BiFunction<ToolRuntime, Map<String, Object>, ToolResult> invoke) {
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        boolean anyOk = false;
        ToolResult last = null;
        for (Map.Entry<String, ToolRuntime> e : runtimes.entrySet()) {
            ToolResult r = invoke.apply(e.getValue(), args);
            last = r;
            anyOk |= r.outcome() != Outcome.ERROR;
            values.put(e.getKey(), r.outcome() == Outcome.ERROR ? Map.of("error", r.text()) : r.value());
            text.append("CLUSTER ").append(e.getKey()).append(r.outcome() == Outcome.ERROR ? ": " + r.text().replace('\n', ' ') : "")
                .append('\n');
            if (r.outcome() != Outcome.ERROR) {
                text.append(r.text()).append('\n');
            }
        }
        Objects.requireNonNull(last);
        return anyOk ? new ToolResult(name, Outcome.OK, text.toString().strip(), values, null, "")
            : new ToolResult(name, Outcome.ERROR, text.toString().strip(), values, last.errorKind(), last.hint());
    }

    private ToolRuntime first() {
        return runtimes.values().iterator().next();
    }
}
