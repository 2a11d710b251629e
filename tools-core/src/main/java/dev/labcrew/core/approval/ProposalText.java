package dev.labcrew.core.approval;

/** Renders a proposal for the human who decides, and for a caller shown what would happen. */
public final class ProposalText {
    private ProposalText() {
    }

    public static String render(ActionProposal p) {
        StringBuilder out = new StringBuilder();
        out.append("PROPOSED ").append(p.tool()).append(" on ").append(p.target()).append(" (").append(p.risk()).append(")\n");
        out.append("  arguments: ").append(p.arguments()).append('\n');
        if (!p.reason().isBlank()) {
            out.append("  reason given: ").append(p.reason()).append('\n');
        }
        out.append("  what changes:\n");
        p.preview().forEach(line -> out.append("    ").append(line).append('\n'));
        out.append("  undo: ").append(p.undo()).append('\n');
        return out.toString();
    }
}
