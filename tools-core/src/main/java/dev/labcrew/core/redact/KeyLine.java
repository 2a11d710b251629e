package dev.labcrew.core.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of text seen as a possible line of a private key, and the part of it, {@code start} to
 * {@code end}, that {@link KeyBodyRule} replaces. Only the end of a line is looked at: whatever comes
 * before a base64 run (indentation, a syslog or docker prefix, the quote of a JSON string) stays.
 */
record KeyLine(Kind kind, int start, int end) {
    enum Kind {
        /** A base64 run random enough to be key material even alone: a window may hold one line of a key. */
        BODY,
        /** A base64 run of 16 characters or more: key material next to a BODY, a header or an END line. */
        RUN,
        /** A shorter run, or a word: key material only right before an END line, as the last line of a body. */
        SHORT_RUN,
        END, HEADER, REDACTED, BLANK,
        /** What follows a JSON string that ended with {@code \n}, such as {@code ","stream":"stdout"}}: skipped. */
        TRAILER,
        OTHER
    }

    static final String MARKER = Rule.marker("private-key");
    private static final Pattern END = Pattern.compile("-----END (?:[A-Z0-9]++ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern HEADER = Pattern.compile("(?:Proc-Type|DEK-Info):[ \\t]");
    /** The rest of a JSON object after a string that ended with {@code \n}: {@code ","stream":"stdout"}, {@code "}}. */
    private static final Pattern JSON_TRAILER = Pattern.compile("\"(?:[ \\t]*+[,}\\]]|[\\w.@$-]*+\"[ \\t]*+:)");

    /** The fixed strings {@link #of} looks for, for a {@link Landmarks} of the whole text. */
    static final String[] LANDMARKS = {"-----END ", MARKER, "Proc-Type:", "DEK-Info:"};

    /** The line of {@code text} from {@code from} to {@code to}, classified; lines are asked for in order. */
    static KeyLine of(String text, int from, int to, Landmarks marks) {
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == to) {
            return new KeyLine(Kind.BLANK, from, from);
        }
        int end = contentEnd(text, from, to);
        if (marks.within(0, from, to)) {
            Matcher endLine = END.matcher(text).region(from, to);
            if (endLine.find()) {
                return new KeyLine(Kind.END, endLine.start(), endLine.end());
            }
        }
        KeyLine run = TrailingRun.of(text, from, end);
        if (run.kind() == Kind.BODY) {
            return run;
        }
        if (marks.within(1, from, to)) {
            return new KeyLine(Kind.REDACTED, from, from);
        }
        if (marks.within(2, from, to) || marks.within(3, from, to)) {
            Matcher header = HEADER.matcher(text).region(from, to);
            if (header.find()) {
                return new KeyLine(Kind.HEADER, header.start(), Math.max(end, header.end()));
            }
        }
        boolean trailer = end <= first || text.charAt(first) == '"' && JSON_TRAILER.matcher(text).region(first, to).lookingAt();
        return trailer && run.kind() != Kind.RUN ? new KeyLine(Kind.TRAILER, from, from) : run;
    }

    /** Where the line's content ends: before trailing spaces, quotes, commas, brackets and an ellipsis of a cut line. */
    private static int contentEnd(String text, int from, int to) {
        int end = to;
        while (end > from && " \t\r\"',;)]}.\u2026".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
