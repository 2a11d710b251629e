package dev.labcrew.agents.llm;

import dev.labcrew.agents.IncidentReport;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.tool.ToolRuntime;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.tool.ToolExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The LLM crew: runs an incident (free text, or an alert's text) through the Monitor (inventory and
 * usage tools), the Analyst (diagnostic tools and the analyzers as {@code run_analyzers}) and the
 * Healer (the changing tools), and returns the same {@link IncidentReport} as the offline triage.
 * All three call the same {@link ToolRuntime}; every Healer call goes through the runtime and the
 * gate it was built with, so nothing changes without a decision, and no crew can bring a gate of its own. The model failing ends the
 * conversation early but still yields a report with the analyzers' findings and a note.
 *
 * <pre>{@code
 * Crew crew = Crew.builder().model(ModelConfig.fromEnv().chatModel()).runtime(runtime)
 *     .analyzers(() -> ProxmoxAnalyzers.create(client)).build();
 * IncidentReport report = crew.run("CT 102 does not start after the reboot");
 * }</pre>
 */
public final class Crew {
    private final ChatModel model;
    private final ToolRuntime runtime;
    private final Supplier<? extends List<? extends Analyzer>> analyzers;
    private final Consumer<String> progress;
    private final Clock clock;

    private Crew(Builder b) {
        this.model = b.model;
        this.runtime = b.runtime;
        this.analyzers = b.analyzers;
        this.progress = b.progress;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Triages one incident. A tool failure, or a model failure after the first answer, ends up in the report's notes.
     *
     * @throws ModelUnavailableException when the model fails at the first question, before anything was done
     */
    public IncidentReport run(String incident) {
        Instant started = clock.instant();
        AnalyzerTool analysis = new AnalyzerTool(analyzers, progress, runtime.redactor());
        ActionLog healer = new ActionLog(runtime);
        Conversation talk = new Conversation(model, progress);
        String survey = talk.ask(Role.MONITOR, Role.MONITOR.tools(runtime, runtime::call), "Incident: " + incident);
        Map<ToolSpecification, ToolExecutor> analystTools = Role.ANALYST.tools(runtime, runtime::call);
        analystTools.put(analysis.specification(), analysis.executor());
        String diagnosis = talk.ask(Role.ANALYST, analystTools, "Incident: " + incident + "\n\nMonitor's report:\n" + survey);
        List<Finding> findings = analysis.findings();
        talk.ask(Role.HEALER, Role.HEALER.tools(runtime, healer::call), "Incident: " + incident
            + "\n\nAnalyst's diagnosis:\n" + diagnosis + "\n\nActions the analyzers suggest:\n" + runtime.redactor().redact(suggestions(findings)));
        List<String> notes = new ArrayList<>(talk.notes());
        notes.addAll(healer.notes());
        notes.addAll(analysis.notes());
        return new IncidentReport(incident, started, clock.instant(), findings, healer.actions(), manualSteps(findings), notes);
    }

    private static String suggestions(List<Finding> findings) {
        List<String> lines = findings.stream().filter(f -> f.action() != null)
            .map(f -> "- " + f.target() + ": " + FindingsText.action(f.action())).toList();
        return lines.isEmpty() ? "(none)" : String.join("\n", lines);
    }

    private static List<String> manualSteps(List<Finding> findings) {
        Set<String> steps = new LinkedHashSet<>();
        findings.forEach(f -> steps.addAll(f.manualSteps()));
        return List.copyOf(steps);
    }

    /** Builds a {@link Crew}; the model and the runtime are required. */
    public static final class Builder {
        private ChatModel model;
        private ToolRuntime runtime;
        private Supplier<? extends List<? extends Analyzer>> analyzers = List::of;
        private Consumer<String> progress = line -> { };
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder model(ChatModel model) {
            this.model = model;
            return this;
        }

        /** The one runtime every role calls; its policy and audit log apply to the Healer's calls. */
        public Builder runtime(ToolRuntime runtime) {
            this.runtime = runtime;
            return this;
        }


        /**
         * A fresh set of analyzers for each sweep, e.g. {@code () -> ProxmoxAnalyzers.create(client)}: they run
         * behind the Analyst's {@code run_analyzers} tool (or once for the report, if the Analyst never calls it)
         * and their ranked findings fill the report. Default: none.
         */
        public Builder analyzers(Supplier<? extends List<? extends Analyzer>> analyzers) {
            this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
            return this;
        }

        /** Where progress lines go (stderr for a command line). Default: nowhere. */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @throws IllegalStateException when the model or the runtime is missing */
        public Crew build() {
            if (model == null) {
                throw new IllegalStateException("model == null");
            }
            if (runtime == null) {
                throw new IllegalStateException("runtime == null");
            }
            return new Crew(this);
        }
    }
}
