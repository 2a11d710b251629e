package dev.labcrew.core.approval;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a proposal for the human who decides: Labcrew's own account first (tool, target, risk, what
 * changes, undo), then, marked as such, what the caller wrote. Everything that came from the caller or
 * the lab is passed through {@link Visible}, so it cannot draw over the lines above it.
 */
public final class ProposalText {
    private ProposalText() {
    }

    public static String render(ActionProposal p) {
        StringBuilder out = new StringBuilder();
        out.append("PROPOSED ").append(Visible.text(p.tool())).append(" on ").append(Visible.text(p.target()))
            .append(" (").append(p.risk()).append(")\n");
        out.append("  what changes:\n");
        p.preview().forEach(line -> out.append("    ").append(Visible.text(line)).append('\n'));
        out.append("  undo: ").append(Visible.text(p.undo())).append('\n');
        out.append("  arguments: ").append(arguments(p.arguments())).append('\n');
        if (!p.reason().isBlank()) {
            out.append("  reason given by the caller (not checked by Labcrew): ").append(Visible.text(p.reason())).append('\n');
        }
        return out.toString();
    }

    private static String arguments(Map<String, Object> arguments) {
        return arguments.entrySet().stream().map(e -> Visible.text(e.getKey()) + "=" + Visible.text(String.valueOf(e.getValue())))
            .collect(Collectors.joining(", ", "{", "}"));
    }
}
