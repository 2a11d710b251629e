package dev.labcrew.agents.llm;

import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import java.util.List;

/** Ranked findings as compact plain text for a model: most severe first, evidence and fix under each. */
final class FindingsText {
    private FindingsText() {
    }

    static String render(List<Finding> findings, List<String> failures) {
        StringBuilder out = new StringBuilder();
        out.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append(", most severe first\n");
        int n = 0;
        for (Finding f : findings) {
            out.append(++n).append(". ").append(f.severity()).append(' ').append(f.target()).append(": ").append(f.title())
                .append(" [").append(f.analyzer()).append("]\n");
            f.evidence().forEach(line -> out.append("   evidence: ").append(line).append('\n'));
            line(out, "cause", f.cause());
            line(out, "fix", f.fix());
            if (f.action() != null) {
                line(out, "action", action(f.action()));
            }
            f.manualSteps().forEach(step -> out.append("   by hand: ").append(step).append('\n'));
        }
        failures.forEach(failure -> out.append("gap: ").append(failure).append('\n'));
        return out.toString().strip();
    }

    static String action(ProposedAction action) {
        return action.tool() + " " + action.arguments() + (action.reason() == null || action.reason().isBlank() ? "" : " (" + action.reason() + ")");
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("   ").append(label).append(": ").append(value).append('\n');
        }
    }
}
