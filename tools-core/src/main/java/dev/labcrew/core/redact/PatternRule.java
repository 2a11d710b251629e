package dev.labcrew.core.redact;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose named groups hold the secret (the first group of {@code groups} that
 * matched). Only that group is replaced, so the key, header or user name around it stays readable.
 * The labeler names the secret from the match and its text, or returns null to leave the match alone.
 * A secret that already holds a marker is left alone.
 */
final class PatternRule implements Rule {
    private final Pattern pattern;
    private final List<String> groups;
    private final BiFunction<Matcher, String, String> labeler;

    PatternRule(String regex, List<String> groups, BiFunction<Matcher, String, String> labeler) {
        this.pattern = Pattern.compile(regex);
        this.groups = List.copyOf(groups);
        this.labeler = labeler;
    }

    static PatternRule of(String regex, String label) {
        return new PatternRule(regex, List.of("secret"), (match, secret) -> label);
    }

    @Override
    public String apply(String text) {
        Matcher match = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from <= text.length() && match.find(from)) {
            String group = firstMatched(match);
            String secret = group == null ? "" : match.group(group);
            // Already redacted (wholly or in part): leave it, so that redacting twice changes nothing.
            String label = secret.isEmpty() || secret.contains("[REDACTED:") ? null : labeler.apply(match, secret);
            if (label == null) {
                // Search again from the value: "user: password=x" must not hide the password behind "user".
                from = Math.max(match.start() + 1, group == null ? match.end() : match.start(group));
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, match.start(group)).append(Rule.marker(label));
            copied = match.end(group);
            from = copied;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private String firstMatched(Matcher match) {
        for (String group : groups) {
            if (match.group(group) != null) {
                return group;
            }
        }
        return null;
    }
}
