package dev.labcrew.agents;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The offline crew, with no model: Monitor sweeps the lab with the analyzers, Analyst ranks what
 * they found, Healer proposes each fitting fix through the approval gate, and the result is an
 * {@link IncidentReport}. Useful with no LLM at all, and deterministic.
 *
 * <pre>{@code
 * IncidentReport report = new Triage(runtime, ProxmoxAnalyzers.create(client)).run("full sweep", Sweep.quiet());
 * }</pre>
 */
public final class Triage {
    private final BiFunction<String, Map<String, ?>, ToolResult> caller;
    private final List<Analyzer> analyzers;
    private final Clock clock;
    private final boolean oneAtATime;

    public Triage(ToolRuntime runtime, List<Analyzer> analyzers) {
        this(runtime, analyzers, Clock.systemUTC());
    }

    public Triage(ToolRuntime runtime, List<Analyzer> analyzers, Clock clock) {
        this(runtime::call, analyzers, clock);
    }

    /** Proposes fixes through {@code caller}, e.g. a router over several clusters. */
    public Triage(BiFunction<String, Map<String, ?>, ToolResult> caller, List<Analyzer> analyzers, Clock clock) {
        this(caller, analyzers, clock, false);
    }

    private Triage(BiFunction<String, Map<String, ?>, ToolResult> caller, List<Analyzer> analyzers, Clock clock, boolean oneAtATime) {
        this.caller = caller;
        this.analyzers = List.copyOf(analyzers);
        this.clock = clock;
        this.oneAtATime = oneAtATime;
    }

    /**
     * This triage with its fixes proposed one at a time in the findings' order, for a gate that asks a human at a
     * terminal (questions in a stable order). By default they are proposed with the sweep's bounded concurrency.
     */
    public Triage proposingOneAtATime() {
        return new Triage(caller, analyzers, clock, true);
    }

    public IncidentReport run(String incident, Sweep sweep) {
        Instant started = clock.instant();
        sweep.progress("monitor: sweeping the lab with " + analyzers.size() + " analyzers");
        Analyst.Result analysis = new Analyst(analyzers).analyze(sweep);
        sweep.progress("analyst: " + analysis.findings().size() + " findings; healer: proposing fixes");
        Healer healer = new Healer(caller);
        List<ActionRecord> actions = oneAtATime ? healer.heal(analysis.findings()) : healer.heal(analysis.findings(), sweep);
        return new IncidentReport(incident, started, clock.instant(), analysis.findings(), actions,
            manualSteps(analysis.findings()), analysis.notes());
    }

    private static List<String> manualSteps(List<Finding> findings) {
        LinkedHashSet<String> steps = new LinkedHashSet<>();
        findings.forEach(f -> steps.addAll(f.manualSteps()));
        return new ArrayList<>(steps);
    }
}
