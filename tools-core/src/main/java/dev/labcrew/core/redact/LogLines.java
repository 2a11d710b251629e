package dev.labcrew.core.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the lines a log shows, for {@link KeyBodyRule}: at line breaks ({@code \n},
 * {@code \r\n}), at JSON escaped ones ({@code \n}, {@code \r\n}, with the end of their string when a
 * JSON field follows: {@code \n","stream"}) and between the strings of a JSON array ({@code ", "}).
 * The opening quote of the next array string stays with its line. One pass, no regex.
 */
final class LogLines {
    private LogLines() {
    }

    /** The classified lines of {@code text}, in order, without the trailers of JSON strings. */
    static List<KeyLine> of(String text) {
        List<KeyLine> lines = new ArrayList<>();
        Landmarks marks = new Landmarks(text, KeyLine.LANDMARKS);
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            int next = i == text.length() ? i : breakAt(text, i);
            if (next < 0) {
                continue;
            }
            KeyLine line = KeyLine.of(text, from, i, marks);
            if (line.kind() != KeyLine.Kind.TRAILER) {
                lines.add(line);
            }
            if (i == text.length()) {
                break;
            }
            from = next;
            i = next - 1;
        }
        return lines;
    }

    /** Where the next line starts when a line break starts at {@code i}, else -1. */
    private static int breakAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && text.startsWith("\n", i + 1)) {
            return c == '\n' ? i + 1 : i + 2;
        }
        int escaped = text.startsWith("\\n", i) ? i + 2 : text.startsWith("\\r\\n", i) ? i + 4 : -1;
        if (escaped > 0) {
            int separator = arraySeparator(text, escaped);
            return separator < 0 ? escaped : separator;
        }
        return c == '"' ? arraySeparator(text, i) : -1;
    }

    /** After {@code "[ \t]*,[ \t]*"} at {@code i}: the position of the last quote, which opens the next string; else -1. */
    private static int arraySeparator(String text, int i) {
        if (i >= text.length() || text.charAt(i) != '"') {
            return -1;
        }
        int j = skipBlanks(text, i + 1);
        if (j >= text.length() || text.charAt(j) != ',') {
            return -1;
        }
        j = skipBlanks(text, j + 1);
        return j < text.length() && text.charAt(j) == '"' ? j : -1;
    }

    private static int skipBlanks(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }
}
