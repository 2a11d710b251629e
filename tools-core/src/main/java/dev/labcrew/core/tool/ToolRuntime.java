package dev.labcrew.core.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.TextResult;
import dev.labcrew.core.output.OutputBudget;
import dev.labcrew.core.tool.ToolResult.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one executor every tool call goes through, whichever way it comes in: plain Java, LangChain4j,
 * MCP or the command line. It binds arguments, enforces the declared risk, turns failures into
 * readable results, renders and budgets the output, and records metrics.
 *
 * <p>Calls to tools whose risk is not {@code READ_ONLY} are refused until an approval gate is
 * configured: nothing that changes a lab runs without a human decision.
 */
public final class ToolRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ToolRuntime.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ToolCatalog catalog;
    private final OutputBudget budget;
    private final MeterRegistry meters;

    private ToolRuntime(Builder builder) {
        this.catalog = Objects.requireNonNull(builder.catalog, "catalog");
        this.budget = builder.budget;
        this.meters = builder.meters;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ToolCatalog catalog() {
        return catalog;
    }

    /**
     * Calls a tool by name. Never throws for a failure a user or model can cause; returns an error
     * result instead (unknown tool, bad arguments, not found, permission, unreachable).
     */
    public ToolResult call(String name, Map<String, ?> arguments) {
        Timer.Sample sample = Timer.start(meters);
        ToolResult result = execute(name, arguments == null ? Map.of() : arguments);
        sample.stop(meters.timer("labcrew.tool.calls", "tool", name, "outcome", result.outcome().name().toLowerCase()));
        return result;
    }

    private ToolResult execute(String name, Map<String, ?> arguments) {
        ToolDefinition tool = catalog.find(name).orElse(null);
        if (tool == null) {
            return failure(name, new LabcrewException(ErrorKind.BAD_INPUT, "Unknown tool '" + name + "'",
                    "list the tools with 'labcrew tools list'"));
        }
        if (tool.target() == null) {
            throw new IllegalStateException("Tool " + name + " comes from a described catalog and has no instance to call");
        }
        if (tool.risk().needsApproval()) {
            return new ToolResult(name, Outcome.DENIED, "DENIED: " + name + " is " + tool.risk()
                    + " and no approval gate is configured, so it was not run.", null, null, "");
        }
        try {
            Object value = tool.method().invoke(tool.target(), ToolArguments.bind(tool, arguments));
            return new ToolResult(name, Outcome.OK, budget.fit(render(value)), value, null, "");
        } catch (LabcrewException e) {
            return failure(name, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LabcrewException failure) {
                return failure(name, failure);
            }
            LOG.warn("Tool {} failed unexpectedly", name, e.getCause());
            return failure(name, new LabcrewException(ErrorKind.REMOTE_ERROR,
                    "Tool " + name + " failed: " + e.getCause(), "this is a bug in Labcrew; please report it"));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Tool method not accessible: " + name, e);
        }
    }

    private static ToolResult failure(String name, LabcrewException e) {
        String text = "ERROR " + e.kind() + ": " + e.getMessage() + (e.hint().isEmpty() ? "" : "\nhint: " + e.hint());
        return new ToolResult(name, Outcome.ERROR, text, null, e.kind(), e.hint());
    }

    private static String render(Object value) {
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
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** Builds a {@link ToolRuntime}; only the catalog is required. */
    public static final class Builder {
        private ToolCatalog catalog;
        private OutputBudget budget = OutputBudget.defaults();
        private MeterRegistry meters = Metrics.globalRegistry;

        private Builder() {
        }

        public Builder catalog(ToolCatalog catalog) {
            this.catalog = catalog;
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

        public ToolRuntime build() {
            return new ToolRuntime(this);
        }
    }
}
