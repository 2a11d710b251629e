package dev.labcrew.core.redact;

import dev.labcrew.core.redact.KeyLine.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Private key material without its BEGIN line, as a window of a log shows it: the last lines of a
 * body and the END line, a few lines from the middle, a single line. Runs after the block rules, so
 * whole and cut-short blocks are already markers. {@link LogLines} splits the text, so a key written
 * one line per log line, inside a JSON string or as a JSON array is seen the same way.
 *
 * <p>A line whose last run looks random (see {@link KeyLine}) goes, and so does an END line. A
 * plainer run of 16 or more goes when it is in one block with such a line, before an END line or
 * after a Proc-Type/DEK-Info header; any run goes right before an END line. A block is consecutive
 * key-like lines and ends with an END line. Replaced parts separated only by line breaks, spaces,
 * quotes and commas become one marker; log prefixes between them stay.
 */
final class KeyBodyRule implements Rule {
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\s|\\\\[rn]|[\"',])*+");
    /**
     * Whether the text can hold anything this rule replaces, in one pass: an END line, a Proc-Type/DEK-Info header,
     * or a run of 16 base64 characters. Most tool output (a status, a config) has none, and the rule's split into log
     * lines was a tenth of a status call's time.
     */
    static boolean mayMatch(String text) {
        if (text.contains("-----END ") || text.contains("Proc-Type:") || text.contains("DEK-Info:")) {
            return true;
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = TrailingRun.isBase64(c) ? run + 1 : 0;
            if (run >= TrailingRun.RUN_LENGTH) { // a RUN without an END line after it; a BODY is longer
                return true;
            }
        }
        return false;
    }

    @Override
    public String apply(String text) {
        List<int[]> spans = new ArrayList<>();
        List<KeyLine> block = new ArrayList<>();
        List<KeyLine> lines = LogLines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            KeyLine line = lines.get(i);
            Kind kind = line.kind();
            boolean beforeEnd = i + 1 < lines.size() && lines.get(i + 1).kind() == Kind.END;
            if (kind == Kind.BLANK && !block.isEmpty() && block.get(block.size() - 1).kind() == Kind.HEADER) {
                continue; // the blank line between the headers and the body of an encrypted PEM key
            }
            if (kind == Kind.OTHER || kind == Kind.BLANK || kind == Kind.SHORT_RUN && !beforeEnd) {
                close(block, spans);
                continue;
            }
            block.add(line);
            if (kind == Kind.END) {
                close(block, spans);
            }
        }
        close(block, spans);
        return spans.isEmpty() ? text : replace(text, spans);
    }

    /** Adds the parts of a finished block that are key material, then empties it. */
    private static void close(List<KeyLine> block, List<int[]> spans) {
        for (int i = 0; i < block.size(); i++) {
            KeyLine line = block.get(i);
            boolean secret = switch (line.kind()) {
                case BODY, END, HEADER -> true;
                case RUN -> any(block, 0, i, Kind.BODY, Kind.HEADER) || any(block, i + 1, block.size(), Kind.BODY, Kind.END, Kind.REDACTED);
                case SHORT_RUN -> i + 1 < block.size() && block.get(i + 1).kind() == Kind.END;
                default -> false;
            };
            if (secret) {
                spans.add(new int[] {line.start(), line.end()});
            }
        }
        block.clear();
    }

    private static boolean any(List<KeyLine> block, int from, int to, Kind... kinds) {
        for (int i = from; i < to; i++) {
            for (Kind kind : kinds) {
                if (block.get(i).kind() == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text with each span, or each group of spans with only separators between them, replaced by one marker. */
    private static String replace(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            while (i + 1 < spans.size() && separatesOnly(text, end, spans.get(i + 1)[0])) {
                end = spans.get(++i)[1];
            }
            out.append(text, copied, start).append(KeyLine.MARKER);
            copied = end;
            i++;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Only line breaks, spaces, commas and balanced quotes: merging keeps a JSON string or array well formed. */
    private static boolean separatesOnly(String text, int from, int to) {
        long quotes = text.substring(from, to).chars().filter(c -> c == '"').count();
        return quotes % 2 == 0 && SEPARATOR.matcher(text).region(from, to).matches();
    }
}
