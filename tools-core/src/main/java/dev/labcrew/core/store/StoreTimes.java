package dev.labcrew.core.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as the store writes them: UTC, always six fractional digits, so that text order is time order
 * (PostgreSQL's column default writes the same shape).
 */
final class StoreTimes {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private StoreTimes() {
    }

    static String text(Instant instant) {
        return TEXT.format(instant);
    }

    /** The instant, or null when the text is not a time: a row written outside Labcrew proves nothing. */
    static Instant parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
