package dev.labcrew.agents.llm;

import dev.labcrew.agents.Analyst;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.output.OutputBudget;
import dev.labcrew.core.redact.Redactor;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The analyzers as one read-only tool, {@code run_analyzers}: a full deterministic sweep, ranked as
 * the offline {@link Analyst} ranks it, whose findings the model reads (redacted and budgeted like
 * every tool result) and the crew keeps for its report. Each run takes a fresh set of analyzers.
 */
final class AnalyzerTool {
    static final String NAME = "run_analyzers";
    private static final int PARALLELISM = 4;

    private final Supplier<? extends List<? extends Analyzer>> analyzers;
    private final Consumer<String> progress;
    private final Redactor redactor;
    private final OutputBudget budget = OutputBudget.defaults();
    private Analyst.Result last;

    AnalyzerTool(Supplier<? extends List<? extends Analyzer>> analyzers, Consumer<String> progress, Redactor redactor) {
        this.analyzers = analyzers;
        this.progress = progress;
        this.redactor = redactor;
    }

    ToolSpecification specification() {
        return ToolSpecification.builder().name(NAME)
            .description("Run every deterministic analyzer over the whole lab (startup failures, resource pressure, config and "
                + "security, network identity, snapshots, locks). Returns findings, most severe first, with evidence, cause, "
                + "fix and the fitting action. Read-only.")
            .parameters(JsonObjectSchema.builder().build())
            .build();
    }

    ToolExecutor executor() {
        return (request, memoryId) -> {
            Analyst.Result result = run();
            return redactor.redact(budget.fit(FindingsText.render(result.findings(), result.notes())));
        };
    }

    /** Runs a fresh set of analyzers and keeps the ranked result. */
    synchronized Analyst.Result run() {
        try (Sweep sweep = new Sweep(progress, PARALLELISM)) {
            last = new Analyst(List.copyOf(analyzers.get())).analyze(sweep);
        }
        return last;
    }

    /** The findings of the last run, running the analyzers now if the model never asked for them. */
    synchronized List<Finding> findings() {
        return (last != null ? last : run()).findings();
    }

    /** What the last run could not do (an analyzer that failed), or nothing if it never ran. */
    synchronized List<String> notes() {
        return last == null ? List.of() : last.notes();
    }
}
