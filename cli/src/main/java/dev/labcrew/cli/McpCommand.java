package dev.labcrew.cli;

import dev.labcrew.mcp.McpTools;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.proxmox.ClusterRouter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew mcp}: every tool served to an AI assistant over the Model Context Protocol, on stdio
 * (default) or Streamable HTTP, with the approval gate intact.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true, description = {"Serve the tools to an AI assistant over the Model Context Protocol (stdio by default).",
    "Changes ask the assistant's user through the client (elicitation) when it can; otherwise they wait in the approval"
        + " queue: decide with 'labcrew approvals'."})
final class McpCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "LABCREW_MCP_TOKEN";

    @ArgGroup(exclusive = true)
    Transport transport = new Transport();

    static final class Transport {
        @Option(names = "--stdio", description = "Speak MCP on stdin and stdout (default). Logs go to stderr.")
        boolean stdio;

        @Option(names = "--http", paramLabel = "HOST:PORT",
                description = "Serve Streamable HTTP at http://HOST:PORT/mcp instead, e.g. 127.0.0.1:8765 (port 0: any free port).")
        String http;
    }

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token HTTP clients must send, or several named ones (alice:SECRET,bob:SECRET) whose holders"
                + " approve under those names (default: $" + TOKEN_ENV + "). Required off loopback.")
    String token;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "A browser origin allowed to call over HTTP, besides loopback ones (repeatable).")
    List<String> allowOrigins = List.of();

    @Option(names = "--tools", paramLabel = "SET", split = ",",
            description = "Serve a subset: toolsets lxc, vm, lab, docker, read-only, all, or tool names, comma-separated. 'read-only'"
                + " narrows the toolsets (lxc,read-only: the read-only LXC tools); names are always added. Default: all.")
    List<String> tools = List.of();

    @Option(names = "--catalog",
            description = "Serve two tools instead of all: find_tools (search the served tools) and call_tool (run one by name),"
                + " for clients that cap the number of tools.")
    boolean catalog;

    @Option(names = "--approve", paramLabel = "MODE", defaultValue = "ask", converter = ApproveModes.class,
            description = "Who approves changes: ask (default: the assistant's user through the client, else the queue),"
                + " queue (always the queue), never (deny all), policy (the policy file alone).")
    ApproveMode approve;

    @Option(names = "--enable-approve-tool",
            description = "Also serve approve_action, which approves a pending id. Only for a client a human operates:"
                + " whoever can call it approves changes.")
    boolean approveTool;

    @Option(names = "--demo", description = "Serve the built-in simulated homelab instead of a configured Proxmox host.")
    boolean demo;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Serve this simulated lab (implies --demo): a built-in name or a lab JSON file.")
    String scenario;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (JSON or YAML).")
    Path policy;

    @Option(names = "--metrics", paramLabel = "HOST:PORT",
            description = "Also serve the meters (tool calls, approval decisions) in Prometheus text format at http://HOST:PORT/metrics.")
    String metrics;

    @Option(names = "--trace", description = "Print every HTTP request to the lab (method, path, status, ms) to stderr.")
    boolean trace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = Labcrew.env(spec);
        McpHttpAddress address = transport.http == null ? null : McpHttpAddress.parse(transport.http, token(env));
        Safety safety = new Safety(env);
        LabOptions options = lab();
        Map<String, String> settings = Settings.load(env);
        List<String> clusters = LabSession.clusterNames(options, settings);
        List<ToolDefinition> available = LabSession.definitions();
        McpStdio stdio = address == null ? McpStdio.claim() : null;
        // tools/list needs only the definitions: the lab opens once the server serves, and a call waits for it
        LabOpening opening = new LabOpening(() -> LabSession.open(options, env, null, err, fallback -> McpTools.requestGates(fallback,
            approve == ApproveMode.ASK, safety.user(), Safety.APPROVAL_EXPIRY, Redactor.defaults())), available);
        try (opening; MetricsEndpoint meters = metrics == null ? null : MetricsEndpoint.start(metrics)) {
            if (approveTool || stdio == null) {
                opening.get(); // the approve tool needs the lab's store; over HTTP a lab that cannot open ends the command first
            }
            McpTools.Builder served = configure(opening, available, clusters, safety);
            String what = served.specifications().size() + " tools of the " + (LabSession.isDemo(options, settings) ? "demo lab" : "configured lab");
            if (meters != null) {
                err.println("labcrew: metrics in Prometheus text format on http://" + metrics.replaceFirst(":\\d+$", "") + ":"
                    + meters.port() + "/metrics");
                err.flush();
            }
            return stdio != null ? stdio.serve(served, what, err, opening)
                : McpHttp.serve(served, address, allowOrigins, safety.user(), what, err);
        } finally {
            if (stdio != null) {
                stdio.release();
            }
        }
    }

    private McpTools.Builder configure(LabOpening opening, List<ToolDefinition> available, List<String> clusters, Safety safety) {
        McpTools.Builder served = McpTools.builder(available, opening).only(McpToolSets.select(tools, available))
            .approvalExpiry(Safety.APPROVAL_EXPIRY).catalog(catalog);
        if (clusters.size() > 1) {
            served.caller(opening, Map.of(ClusterRouter.CLUSTER, ClusterRouter.clusterHelp(clusters)));
        }
        return approveTool ? served.approveActionTool(opening.get().store(), safety.policy(policy), safety.user()) : served;
    }

    /** Over MCP nobody sits at the terminal: asking means the client's user, and the queue when that fails. */
    private ApproveMode fallback() {
        return approve == ApproveMode.ASK ? ApproveMode.QUEUE : approve;
    }

    private LabOptions lab() {
        LabOptions options = new LabOptions();
        options.demo = demo;
        options.scenario = scenario;
        options.approve = fallback();
        options.policy = policy;
        options.trace = trace;
        return options;
    }

    private String token(Map<String, String> env) {
        String value = token != null ? token : env.get(TOKEN_ENV);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
