package dev.labcrew.mcp;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.RequestGates;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.tool.ToolCaller;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Serves the tools of a {@link ToolRuntime} over the Model Context Protocol. Each tool is generated
 * from its {@link ToolDefinition} (name, description, parameter schema) with annotations from its
 * risk, and every call goes through the runtime, so policy, approval gate, audit trail, redaction and
 * output budget apply exactly as for any other entry point.
 *
 * <p>A changing call asks the human of the client through MCP elicitation when the client offers it:
 * register {@link #requestGates} with the runtime when building it. Otherwise, or when nobody answers
 * within the approval expiry, the fallback gate decides (typically {@link ApprovalGate#queue()}, which
 * answers with a pending approval id). A tool's failure is a result with {@code isError: true}, never
 * a protocol error.
 *
 * <pre>{@code
 * ToolRuntime runtime = ProxmoxToolset.runtime(client).store(store)
 *     .requestGates(McpTools.requestGates(ApprovalGate.queue(), true, OsAccount.current(), Duration.ofMinutes(15), Redactor.defaults()))
 *     .build();
 * McpSyncServer server = McpTools.builder(runtime).serve(new StdioServerTransportProvider(McpJsonDefaults.getMapper()));
 * }</pre>
 */
public final class McpTools {
    /**
     * The key of the transport context under which an HTTP transport puts the name of the credentials
     * a request authenticated with; approvals from that session are recorded as that name.
     */
    public static final String IDENTITY = "labcrew.identity";

    static final String INSTRUCTIONS = "Labcrew: tools for a homelab. Read-only tools run at once. A tool that changes"
        + " something runs only after a human approves it: the client may ask its user, or the result is PENDING with an"
        + " approval id for the human to decide; then call the same tool again with the same arguments. A DENIED result"
        + " carries the human's reason: do not retry it unchanged.";

    private McpTools() {
    }

    /** Starts a configuration for the tools of {@code runtime}. */
    public static Builder builder(ToolRuntime runtime) {
        Objects.requireNonNull(runtime, "runtime");
        return new Builder(runtime.catalog().definitions(), runtime::call, runtime.redactor());
    }

    /**
     * Starts a configuration for {@code tools}, each call going to {@code caller}: for a runtime that is not there yet
     * (a lab still connecting, so that {@code tools/list} is answered at once) or lives elsewhere. The caller applies
     * the gate, audit and redaction; what escapes it as an exception is redacted with {@link Redactor#defaults()}.
     */
    public static Builder builder(List<ToolDefinition> tools, ToolCaller caller) {
        return new Builder(List.copyOf(tools), Objects.requireNonNull(caller, "caller"), Redactor.defaults());
    }

    /**
     * The gates of MCP requests, for {@link ToolRuntime.Builder#requestGates}: the client's user through
     * elicitation when the client can show a form and {@code elicitation} is on, else {@code fallback}.
     *
     * @param approver the identity recorded as the approver of what a client's user decides when the
     *     transport names none under {@link #IDENTITY}: the OS account running the server
     * @param expiry how long an elicitation waits for its human
     */
    public static RequestGates requestGates(ApprovalGate fallback, boolean elicitation, String approver, Duration expiry,
                                            Redactor redactor) {
        return new GateChoice(Objects.requireNonNull(fallback, "fallback"), elicitation, Objects.requireNonNull(approver, "approver"),
            Clock.systemUTC(), expiry, redactor);
    }

    /** Which tools to serve and who approves when the client cannot ask its human. */
    public static final class Builder {
        private final List<ToolDefinition> tools;
        private final Redactor redactor;
        private Predicate<ToolDefinition> only = tool -> true;
        private Duration approvalExpiry = Duration.ofMinutes(15);
        private StateStore approveToolStore;
        private Policy approveToolPolicy;
        private String approveToolApprover;
        private String version = "0.1.0";
        private ToolCaller caller;
        private Map<String, String> extraParams = Map.of();
        private boolean catalog;

        private Builder(List<ToolDefinition> tools, ToolCaller caller, Redactor redactor) {
            this.tools = tools;
            this.caller = caller;
            this.redactor = redactor;
        }

        /**
         * Sends every call through {@code caller} (e.g. a router over several clusters) instead of the runtime, and
         * advertises {@code extraParams} (name to description), optional strings every tool then accepts.
         */
        public Builder caller(ToolCaller caller, Map<String, String> extraParams) {
            this.caller = Objects.requireNonNull(caller, "caller");
            this.extraParams = Collections.unmodifiableMap(new LinkedHashMap<>(extraParams));
            return this;
        }

        /** Serves only the tools that match, e.g. the read-only ones. Default: every tool of the catalog. */
        public Builder only(Predicate<ToolDefinition> filter) {
            this.only = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * Serves two tools instead of every tool, for clients that cap the number of tools: {@code find_tools} lists
         * the served tools matching a query with their parameters, {@code call_tool} runs one by name. Default: off.
         */
        public Builder catalog(boolean catalog) {
            this.catalog = catalog;
            return this;
        }

        /** How long an approval given through elicitation stays valid, and how long to wait for it. Default: 15 min. */
        public Builder approvalExpiry(Duration expiry) {
            this.approvalExpiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * Adds the {@code approve_action} tool, which records an approval of a pending id of {@code store}
         * as {@code approver} (the identity the server authenticated; two calls are one person, so the
         * two-person rule still needs someone else). Whoever can call it approves changes: enable it only
         * for a client a human operates, never for one where a model may call tools on its own. Default: absent.
         */
        public Builder approveActionTool(StateStore store, Policy policy, String approver) {
            this.approveToolStore = Objects.requireNonNull(store, "store");
            this.approveToolPolicy = Objects.requireNonNull(policy, "policy");
            this.approveToolApprover = Objects.requireNonNull(approver, "approver");
            return this;
        }

        /** The server version announced to clients. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The tool specifications, for a server configured elsewhere. */
        public List<SyncToolSpecification> specifications() {
            List<SyncToolSpecification> specs = new ArrayList<>();
            SharedParams shared = SharedParams.of(served());
            if (catalog) {
                specs.addAll(McpCatalog.specifications(served(), redactor, caller));
            }
            for (ToolDefinition tool : catalog ? List.<ToolDefinition>of() : served()) {
                specs.add(new SyncToolSpecification(McpToolDescriptions.describe(tool, shared, extraParams), new McpToolCall(redactor, caller)));
            }
            if (approveToolStore != null) {
                specs.add(ApproveActionTool.specification(approveToolStore, approveToolPolicy, approveToolApprover));
            }
            return specs;
        }

        /** What the server tells a client once: how approvals work and the optional arguments shared by many tools. */
        public String instructions() {
            return INSTRUCTIONS + (catalog ? " Find tools with " + McpCatalog.FIND + " and run them with " + McpCatalog.CALL + "." : "")
                + SharedParams.of(served()).instructions();
        }

        private List<ToolDefinition> served() {
            return tools.stream().filter(only).toList();
        }

        /** Starts a server on a single-session transport such as stdio. */
        public McpSyncServer serve(McpServerTransportProvider transport) {
            return configure(McpServer.sync(transport));
        }

        /** Starts a server on a Streamable HTTP transport. */
        public McpSyncServer serve(McpStreamableServerTransportProvider transport) {
            return configure(McpServer.sync(transport));
        }

        private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
            // The sync server's request timeout also bounds how long an elicitation waits for the human.
            return spec.serverInfo("labcrew", version).instructions(instructions())
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false).jsonSchemaValidator(NoOutputSchemas.INSTANCE)
                .requestTimeout(approvalExpiry).tools(specifications()).build();
        }
    }
}
