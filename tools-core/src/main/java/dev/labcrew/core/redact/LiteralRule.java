package dev.labcrew.core.redact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Exact strings known to be secret, such as the configured API token; longest first. */
final class LiteralRule implements Rule {
    static final int MIN_LENGTH = 6;
    private static final String MARKER = "\\[REDACTED:[\\w-]+\\]";

    private final List<String> literals;
    private final Pattern pattern;

    private LiteralRule(List<String> literals) {
        this.literals = literals;
        this.pattern = Pattern.compile("(" + MARKER + ")|" + literals.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** Null when no literal is long enough to be worth redacting. */
    static LiteralRule of(Collection<String> literals) {
        List<String> kept = literals.stream()
                .filter(s -> s != null && !s.isBlank() && s.strip().length() >= MIN_LENGTH)
                .map(String::strip)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return kept.isEmpty() ? null : new LiteralRule(kept);
    }

    @Override
    public String apply(String text) {
        // Most text holds none of the literals: a search for each is far cheaper than the pattern tried at every position.
        if (literals.stream().noneMatch(text::contains)) {
            return text;
        }
        // A marker is matched as itself first, so a literal that is part of a marker's label cannot break it.
        return pattern.matcher(text).replaceAll(m -> m.group(1) != null
                ? Matcher.quoteReplacement(m.group()) : Matcher.quoteReplacement(Rule.marker("secret")));
    }
}
