package dev.labcrew.agents;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders an incident report: findings by severity with evidence, actions and their fate, manual steps. Its size is
 * bounded whatever the lab's: every critical finding in full, the first warnings in full, the rest grouped by what
 * they are with their targets; the JSON form ({@code --json}) holds everything.
 */
final class ReportText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Warnings shown in full (and infos by title) before the rest are grouped; criticals are always in full. */
    static final int FULL_WARNINGS = 30;
    static final int FULL_ACTIONS = 20;
    static final int FULL_LINES = 30;
    private static final int TARGETS = 8;

    private ReportText() {
    }

    private static void list(StringBuilder out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(heading);
        lines.stream().limit(FULL_LINES).forEach(s -> out.append("  - ").append(s).append('\n'));
        if (lines.size() > FULL_LINES) {
            out.append("  - ... and ").append(lines.size() - FULL_LINES).append(" more (--json has every one)\n");
        }
    }

    private static String targets(List<String> targets) {
        String shown = String.join(", ", targets.subList(0, Math.min(TARGETS, targets.size())));
        return targets.size() > TARGETS ? shown + " and " + (targets.size() - TARGETS) + " more" : shown;
    }

    private static String firstSentence(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end + 1);
    }

    static String render(IncidentReport r) {
        StringBuilder out = new StringBuilder();
        out.append("INCIDENT REPORT: ").append(r.incident()).append(" (").append(TIME.format(r.startedAt())).append("Z, ")
           .append(Duration.between(r.startedAt(), r.finishedAt()).toMillis()).append(" ms)\n");
        out.append("FINDINGS: ").append(Analyst.count(r.findings(), Severity.CRITICAL)).append(" critical, ")
           .append(Analyst.count(r.findings(), Severity.WARNING)).append(" warning, ")
           .append(Analyst.count(r.findings(), Severity.INFO)).append(" info\n");
        int n = 1;
        int warnings = 0;
        int infos = 0;
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            boolean full = f.severity() == Severity.CRITICAL || (f.severity() == Severity.WARNING && warnings++ < FULL_WARNINGS)
                || (f.severity() == Severity.INFO && infos++ < FULL_WARNINGS);
            if (!full) {
                grouped.computeIfAbsent(f.severity() + " " + f.analyzer() + ": " + firstSentence(f.cause()), k -> new ArrayList<>()).add(f);
                continue;
            }
            out.append(String.format("%2d. %-8s %s%n", n++, f.severity(), f.title()));
            if (f.severity() == Severity.INFO) {
                continue;
            }
            out.append("    target: ").append(f.target()).append('\n');
            out.append("    cause: ").append(f.cause()).append('\n');
            f.evidence().stream().limit(6).forEach(e -> out.append("    evidence: ").append(e).append('\n'));
            out.append("    fix: ").append(f.fix().replace("\n", " ")).append('\n');
        }
        if (!grouped.isEmpty()) {
            out.append("GROUPED (").append(grouped.values().stream().mapToInt(List::size).sum())
               .append(" more findings; every one in full with --json):\n");
            grouped.forEach((kind, fs) -> out.append("  - ").append(fs.size()).append(" x ").append(kind).append(": ")
                .append(targets(fs.stream().map(Finding::target).toList())).append('\n'));
        }
        long executed = r.actions().stream().filter(ActionRecord::executed).count();
        out.append("\nACTIONS: ").append(r.actions().size()).append(" proposed, ").append(executed).append(" executed and verified\n");
        Map<String, List<ActionRecord>> rest = new LinkedHashMap<>();
        int shown = 0;
        for (ActionRecord a : r.actions()) {
            if (shown++ >= FULL_ACTIONS) {
                rest.computeIfAbsent(a.tool() + " " + a.status(), k -> new ArrayList<>()).add(a);
                continue;
            }
            out.append("  - ").append(a.tool()).append(' ').append(a.arguments()).append(" on ").append(a.target())
               .append(": ").append(a.status()).append('\n');
            out.append("    why: ").append(a.reason()).append('\n');
            out.append("    result: ").append(a.result().lines().findFirst().orElse("")).append('\n');
        }
        rest.forEach((kind, as) -> out.append("  - ").append(as.size()).append(" more ").append(kind).append(": ")
            .append(targets(as.stream().map(ActionRecord::target).toList())).append('\n'));
        list(out, "\nA HUMAN MUST STILL DO (no API can):\n", r.manualSteps());
        list(out, "\nNOTES:\n", r.notes());
        return out.toString().strip();
    }
}
