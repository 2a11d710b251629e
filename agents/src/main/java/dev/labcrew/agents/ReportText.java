package dev.labcrew.agents;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders an incident report: findings by severity with evidence, actions and their fate, manual steps. */
final class ReportText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    static String render(IncidentReport r) {
        StringBuilder out = new StringBuilder();
        out.append("INCIDENT REPORT: ").append(r.incident()).append(" (").append(TIME.format(r.startedAt())).append("Z, ")
           .append(Duration.between(r.startedAt(), r.finishedAt()).toMillis()).append(" ms)\n");
        out.append("FINDINGS: ").append(Analyst.count(r.findings(), Severity.CRITICAL)).append(" critical, ")
           .append(Analyst.count(r.findings(), Severity.WARNING)).append(" warning, ")
           .append(Analyst.count(r.findings(), Severity.INFO)).append(" info\n");
        int n = 1;
        for (Finding f : r.findings()) {
            out.append(String.format("%2d. %-8s %s%n", n++, f.severity(), f.title()));
            if (f.severity() != Severity.INFO) {
                out.append("    target: ").append(f.target()).append('\n');
                out.append("    cause: ").append(f.cause()).append('\n');
                f.evidence().stream().limit(6).forEach(e -> out.append("    evidence: ").append(e).append('\n'));
                out.append("    fix: ").append(f.fix().replace("\n", " ")).append('\n');
            }
        }
        long executed = r.actions().stream().filter(ActionRecord::executed).count();
        out.append("\nACTIONS: ").append(r.actions().size()).append(" proposed, ").append(executed).append(" executed and verified\n");
        for (ActionRecord a : r.actions()) {
            out.append("  - ").append(a.tool()).append(' ').append(a.arguments()).append(" on ").append(a.target())
               .append(": ").append(a.status()).append('\n');
            out.append("    why: ").append(a.reason()).append('\n');
            out.append("    result: ").append(a.result().lines().findFirst().orElse("")).append('\n');
        }
        if (!r.manualSteps().isEmpty()) {
            out.append("\nA HUMAN MUST STILL DO (no API can):\n");
            r.manualSteps().forEach(s -> out.append("  - ").append(s).append('\n'));
        }
        if (!r.notes().isEmpty()) {
            out.append("\nNOTES:\n");
            r.notes().forEach(s -> out.append("  - ").append(s).append('\n'));
        }
        return out.toString().strip();
    }
}
