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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = keepLines && (c == '\n' || c == '\t') ? null : escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> !Character.isISOControl(c) && !isInvisibleFormat(c) ? null
                : c > 0xff ? String.format("\\u%04x", (int) c) : String.format("\\x%02x", (int) c);
        };
    }

    /** Bidirectional overrides and zero-width characters reorder or hide what a human reads. */
    private static boolean isInvisibleFormat(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || (c >= '\u200b' && c <= '\u200f')
            || c == '\u2028' || c == '\u2029' || c == '\ufeff';
    }
}
