package dev.labcrew.cli;

import dev.labcrew.cli.notify.Notice;
import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.approval.Visible;
import java.time.Instant;
import java.util.List;

/**
 * The notice a triage sends when it finds something critical: one per run, listing each critical
 * finding's target, title, cause and fix (lab text made visible-safe), event {@code finding.critical},
 * its {@code risk} field holding the severity. Null when nothing is critical.
 */
final class CriticalNotice {
    private CriticalNotice() {
    }

    static Notice of(List<Finding> findings, Instant now, String listUrl) {
        List<Finding> critical = findings.stream().filter(f -> f.severity() == Severity.CRITICAL).toList();
        if (critical.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Finding f : critical) {
            text.append("CRITICAL ").append(Visible.text(f.target())).append(": ").append(Visible.text(f.title())).append('\n')
                .append("  cause: ").append(Visible.text(f.cause())).append('\n')
                .append("  fix: ").append(Visible.text(f.fix())).append('\n');
        }
        String summary = critical.size() == 1 ? "critical: " + Visible.text(critical.get(0).target()) + " " + Visible.text(critical.get(0).title())
            : critical.size() + " critical findings";
        return new Notice("finding.critical", "triage-" + now.getEpochSecond(), "triage", Visible.text(critical.get(0).target()),
            Severity.CRITICAL.name(), summary, text.toString(), critical.stream().map(f -> Visible.text(f.title())).toList(), "", "", 0, now,
            now, List.of(), listUrl);
    }
}
