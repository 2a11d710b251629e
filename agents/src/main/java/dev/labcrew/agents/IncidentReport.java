package dev.labcrew.agents;

import dev.labcrew.core.TextResult;
import dev.labcrew.core.analysis.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What a triage found and did: findings ranked by severity (each with evidence, cause and fix), the
 * changes proposed and what became of each, what a human must still do by hand, and notes (gaps,
 * the model's narrative when agents ran). The same report comes from the offline engine and from
 * the LLM crew.
 *
 * @param incident what was triaged: the alert or question, or "full sweep"
 * @param findings ranked, most severe first
 * @param actions every proposed change, with its decision and outcome
 * @param manualSteps steps no API can do, one per line, with the target they are for
 * @param notes anything else worth saying: analyzers that failed, the model's summary
 */
public record IncidentReport(String incident, Instant startedAt, Instant finishedAt, List<Finding> findings,
                             List<ActionRecord> actions, List<String> manualSteps, List<String> notes) implements TextResult {
    public IncidentReport {
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        manualSteps = List.copyOf(manualSteps);
        notes = List.copyOf(notes);
    }

    @Override
    public String toText() {
        return ReportText.render(this);
    }
}
