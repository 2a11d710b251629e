package dev.labcrew.cli;

import java.util.List;
import java.util.Locale;

/** The eval as a plain table: one row per incident, then the totals. */
final class EvalTable {
    private EvalTable() {
    }

    static String render(List<EvalVerdict> verdicts) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %-6s %-6s %-9s %7s  %s%n",
            "INCIDENT", "CAUSE", "FIX", "EVIDENCE", "MS", "FOUND ON TARGET"));
        for (EvalVerdict v : verdicts) {
            out.append(String.format(Locale.ROOT, "%-40s %-6s %-6s %-9s %7d  %s%n", v.id(), mark(v.cause()),
                mark(v.fix()), mark(v.evidence()), v.millis(), v.error() == null ? v.found() : "error: " + v.error()));
        }
        long cause = verdicts.stream().filter(EvalVerdict::cause).count();
        long fix = verdicts.stream().filter(EvalVerdict::fix).count();
        long evidence = verdicts.stream().filter(EvalVerdict::evidence).count();
        long right = verdicts.stream().filter(EvalVerdict::right).count();
        out.append(String.format(Locale.ROOT, "%d incidents: cause %d, fix %d, evidence %d, all three %d", verdicts.size(),
            cause, fix, evidence, right));
        return out.toString();
    }

    private static String mark(boolean ok) {
        return ok ? "yes" : "NO";
    }
}
