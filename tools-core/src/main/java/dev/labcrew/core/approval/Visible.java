package dev.labcrew.core.approval;

/**
 * Makes text from callers and from the lab safe to show a human who decides: control characters,
 * ANSI escapes and line breaks become visible escapes ({@code \n}, {@code \x1b}), so no reason,
 * guest name or log line can redraw, hide or fake the lines around it.
 */
public final class Visible {
    private Visible() {
    }

    /** One line: line breaks are escaped too. */
    public static String text(String text) {
        return escape(text, false);
    }

    /** Several lines: line breaks and tabs stay, every other control character is escaped. */
    public static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String escape = keepLines && (c == '\n' || c == '\t') ? null : escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> !hidden(c) ? null : c > 0xffff ? String.format("\\U%08x", c)
                : c > 0xff ? String.format("\\u%04x", c) : String.format("\\x%02x", c);
        };
    }

    /**
     * Control characters, and every format character (Unicode category Cf: bidirectional overrides and
     * isolates, zero-width joiners and spaces, soft hyphen, tag characters), line and paragraph
     * separators, and lone surrogates: all reorder, hide or break what a human reads.
     */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
