package dev.labcrew.core.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.TextResult;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.approval.RequestGates;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.output.OutputBudget;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.redact.Masker;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one executor every tool call goes through, whichever way it comes in: plain Java, LangChain4j,
 * MCP or the command line. It binds arguments, enforces the declared risk, turns failures into
 * readable results, redacts, renders and budgets the output, and records metrics.
 *
 * <p>A tool whose risk is not {@code READ_ONLY} never runs its method: the runtime calls the
 * {@link Action} registered for it, and only after the policy or the {@link ApprovalGate} approved
 * the exact proposal and the target was read again. Without a gate, such calls are denied. Every
 * human answer is recorded in the {@link StateStore} with the identity its channel authenticated, and
 * an approval runs at most once, whichever process or channel holds it.
 *
 * <pre>{@code
 * ToolRuntime runtime = ToolRuntime.builder()
 *     .catalog(catalog).action("restart_lxc", restart)
 *     .store(StateStore.sqlite(db, keyFile)).gate(ApprovalGate.queue())
 *     .build();
 * }</pre>
 */
public final class ToolRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ToolRuntime.class);
    /** The tag value of a call to a tool the catalog does not hold: a model's invented names stay one series. */
    static final String UNKNOWN_TOOL = "unknown";

    private final ToolCatalog catalog;
    private final OutputBudget budget;
    private final Map<String, Action> actions;
    private final SafetySettings safety;
    private final ActionExecutor executor;
    private final Masker masker;
    private final RequestGates requestGates;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    private ToolRuntime(Builder b) {
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        this.budget = b.budget;
        this.actions = Map.copyOf(b.actions);
        this.safety = new SafetySettings(b.gate, b.policy, b.store != null ? b.store : TemporaryStore::get, b.redactor, b.clock,
            b.approvalExpiry, b.meters, b.lab, b.progress);
        this.requestGates = b.requestGates;
        this.executor = new ActionExecutor(safety);
        this.masker = b.masker;
        for (ToolDefinition tool : catalog.definitions()) {
            if (tool.risk().needsApproval() && !actions.containsKey(tool.name())) {
                throw new IllegalArgumentException("Tool " + tool.name() + " is " + tool.risk() + " but has no registered action");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public ToolCatalog catalog() {
        return catalog;
    }

    /** The redactor applied to every result; apply it too to anything else derived from results. */
    public Redactor redactor() {
        return safety.redactor();
    }

    /**
     * Calls a tool by name. Never throws for a failure a user or model can cause; returns an error
     * result instead (unknown tool, bad arguments, not found, permission, unreachable, denied).
     */
    public ToolResult call(String name, Map<String, ?> arguments) {
        return call(name, arguments, safety.gate());
    }

    /**
     * Calls a tool on behalf of one request, e.g. of an MCP session: the {@link RequestGates} registered
     * at build time pick the gate that asks that request's human (its elicitation form). The policy
     * still decides first; read-only tools ask nobody.
     */
    public ToolResult call(String name, Map<String, ?> arguments, RequestContext request) {
        Objects.requireNonNull(request, "request");
        return call(name, arguments, requestGates == null ? safety.gate() : requestGates.forRequest(request));
    }

    private ToolResult call(String name, Map<String, ?> arguments, ApprovalGate gate) {
        Timer.Sample sample = Timer.start(safety.meters());
        Map<String, ?> args = masker == null ? (arguments == null ? Map.of() : arguments) : unmask(arguments);
        ToolResult result = redact(execute(name, args, gate));
        sample.stop(timer(catalog.find(name).isPresent() ? name : UNKNOWN_TOOL, result.outcome()));
        return result;
    }

    /** The call timer of a tool and outcome, registered once (building its id on every call cost more than the timing). */
    private Timer timer(String tool, Outcome outcome) {
        return timers.computeIfAbsent(tool + '\0' + outcome.name(), key -> Timer.builder("labcrew.tool.calls")
            .description("Tool calls by tool and outcome, with their duration")
            .tag("tool", tool).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
            .register(safety.meters()));
    }

    /** The proposal a changing tool would put before a human, without asking or running anything. */
    public ActionProposal propose(String name, Map<String, ?> arguments) {
        ToolDefinition tool = catalog.find(name).orElseThrow(() -> unknownTool(name));
        Action action = actions.get(name);
        if (action == null) {
            throw LabcrewException.badInput(name + " is read-only: it changes nothing, so there is nothing to propose", "call it directly");
        }
        return executor.propose(tool, action, named(tool, arguments));
    }

    private ToolResult execute(String name, Map<String, ?> arguments, ApprovalGate gate) {
        ToolDefinition tool = catalog.find(name).orElse(null);
        if (tool == null) {
            return ToolResult.failure(name, unknownTool(name));
        }
        if (!tool.risk().needsApproval() && tool.target() == null) {
            throw new IllegalStateException("Tool " + name + " comes from a described catalog and has no instance to call");
        }
        try {
            if (tool.risk().needsApproval()) {
                return executor.execute(tool, actions.get(name), named(tool, arguments), gate);
            }
            Object value = tool.method().invoke(tool.target(), ToolArguments.bind(tool, arguments));
            return new ToolResult(name, Outcome.OK, render(value), value, null, "");
        } catch (LabcrewException e) {
            return ToolResult.failure(name, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LabcrewException failure) {
                return ToolResult.failure(name, failure);
            }
            return bug(name, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Tool method not accessible: " + name, e);
        } catch (RuntimeException e) {
            return bug(name, e);
        }
    }

    private static Map<String, Object> named(ToolDefinition tool, Map<String, ?> arguments) {
        Object[] values = ToolArguments.bind(tool, arguments);
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(tool.params().get(i).name(), values[i]);
        }
        return named;
    }

    private Map<String, Object> unmask(Map<String, ?> arguments) {
        Map<String, Object> plain = new HashMap<>();
        if (arguments != null) {
            arguments.forEach((k, v) -> plain.put(k, v instanceof String s ? masker.unmask(s) : v));
        }
        return plain;
    }

    private ToolResult redact(ToolResult r) {
        String text = Visible.lines(safety.redactor().redact(budget.fit(r.text())));
        if (masker != null) {
            text = masker.mask(text);
        }
        return new ToolResult(r.tool(), r.outcome(), text, r.value(), r.errorKind(), safety.redactor().redact(r.hint()));
    }

    private static LabcrewException unknownTool(String name) {
        return new LabcrewException(ErrorKind.BAD_INPUT, "Unknown tool '" + name + "'", "list the tools with 'labcrew tools list'");
    }

    private static ToolResult bug(String name, Throwable e) {
        LOG.warn("Tool {} failed unexpectedly", name, e);
        return ToolResult.failure(name, new LabcrewException(ErrorKind.REMOTE_ERROR, "Tool " + name + " failed: " + e,
            "this is a bug in Labcrew; please report it"));
    }

    static String render(Object value) {
        if (value == null) {
            return "OK";
        }
        if (value instanceof TextResult text) {
            return text.toText();
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        try {
            return PlainJson.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** Holder of the mapper for results that render no text of their own: made on first use, not at every start. */
    private static final class PlainJson {
        static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    }

    /** Builds a {@link ToolRuntime}; only the catalog is required. */
    public static final class Builder {
        private ToolCatalog catalog;
        private OutputBudget budget = OutputBudget.defaults();
        private MeterRegistry meters = Metrics.globalRegistry;
        private final Map<String, Action> actions = new HashMap<>();
        private ApprovalGate gate = ApprovalGate.denyAll("no approval gate is configured, so nothing that changes the lab may run");
        private Policy policy = Policy.defaults();
        private Supplier<StateStore> store;
        private RequestGates requestGates;
        private Redactor redactor = Redactor.defaults();
        private Clock clock = Clock.systemUTC();
        private Duration approvalExpiry = Duration.ofMinutes(15);
        private Masker masker;
        private String lab = "";
        private java.util.function.Consumer<String> progress = line -> { };

        private Builder() {
        }

        public Builder catalog(ToolCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** Adds tools to the catalog, e.g. a second backend's beside the first; names must stay unique. */
        public Builder addCatalog(ToolCatalog more) {
            this.catalog = catalog == null ? more : catalog.plus(more);
            return this;
        }

        public Builder budget(OutputBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        public Builder meterRegistry(MeterRegistry meters) {
            this.meters = Objects.requireNonNull(meters, "meters");
            return this;
        }

        /** The implementation of a changing tool of the catalog; required for each of them. */
        public Builder action(String tool, Action action) {
            actions.put(Objects.requireNonNull(tool, "tool"), Objects.requireNonNull(action, "action"));
            return this;
        }

        /** Who decides what the policy leaves open. Default: deny everything. */
        public Builder gate(ApprovalGate gate) {
            this.gate = Objects.requireNonNull(gate, "gate");
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Where the approval queue, the humans' decisions and the audit trail of proposals and outcomes
         * live. Default: a temporary store of this JVM, deleted at exit (nothing survives a restart).
         */
        public Builder store(StateStore store) {
            Objects.requireNonNull(store, "store");
            this.store = () -> store;
            return this;
        }

        /**
         * As {@link #store(StateStore)}, opened by {@code opener} when the first change is asked for: a
         * run that only reads never pays for opening (and migrating) the database. The opener is called
         * at most once at a time per runtime and should return the same store each time.
         */
        public Builder store(Supplier<StateStore> opener) {
            this.store = Objects.requireNonNull(opener, "opener");
            return this;
        }

        /** Picks the gate of a request made with {@link ToolRuntime#call(String, Map, RequestContext)}. Default: {@link #gate}. */
        public Builder requestGates(RequestGates gates) {
            this.requestGates = Objects.requireNonNull(gates, "gates");
            return this;
        }

        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long an approval stays valid. Default: 15 minutes. */
        public Builder approvalExpiry(Duration expiry) {
            this.approvalExpiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * Masks hostnames and IP addresses in every result (stable tokens like {@code host-1}) and
         * restores them in arguments, so a model never sees the real names. Default: off.
         */
        /**
         * Names the lab these tools act on (a cluster URL, or the simulated scenario), written into every
         * audit record of an action so a shared trail says where each change came from. Default: none.
         */
        public Builder lab(String lab) {
            this.lab = lab == null ? "" : lab;
            return this;
        }

        public Builder masker(Masker masker) {
            this.masker = masker;
            return this;
        }

        /** Where the progress lines of long actions (a reconcile job's steps) go as they happen. Default: nowhere. */
        public Builder progress(java.util.function.Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public ToolRuntime build() {
            return new ToolRuntime(this);
        }
    }
}
