package dev.labcrew.core.output;

/**
 * The most text one tool call may hand a model. Text over budget is cut at a line boundary, keeping
 * the first lines (renderers put the most important first), and a last line says what was cut and how
 * to ask for more. Budgets are in characters; about four characters make one token.
 */
public final class OutputBudget {
    /** 6,000 characters: a 50-guest table; dense tables run about 2 characters a token (about 3,000 o200k tokens, measured). */
    public static final int DEFAULT_CHARS = 6_000;

    private final int maxChars;

    private OutputBudget(int maxChars) {
        if (maxChars < 200) {
            throw new IllegalArgumentException("An output budget under 200 characters cannot hold a useful answer: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public static OutputBudget ofChars(int maxChars) {
        return new OutputBudget(maxChars);
    }

    public static OutputBudget defaults() {
        return new OutputBudget(DEFAULT_CHARS);
    }

    public int maxChars() {
        return maxChars;
    }

    /** Returns {@code text} unchanged when it fits, else its leading lines and a line naming the cut. */
    public String fit(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        int shown = 0;
        int room = maxChars - 160;
        for (String line : lines) {
            if (kept.length() + line.length() + 1 > room) {
                break;
            }
            kept.append(line).append('\n');
            shown++;
        }
        if (shown == 0) {
            kept.append(lines[0], 0, Math.max(0, room)).append('\n');
        }
        int cut = lines.length - shown;
        kept.append("[cut: ").append(cut).append(" of ").append(lines.length)
            .append(" lines not shown (output budget ").append(maxChars)
            .append(" chars); narrow the call (a node, status or vmid filter, fewer lines) to see the rest]");
        return kept.toString();
    }
}
