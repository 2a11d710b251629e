package dev.labcrew.docker.container;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Docker's RFC 3339 times, where {@code 0001-01-01T00:00:00Z} means never. */
final class Times {
    private Times() {
    }

    /** The instant, or null for never, missing or unreadable. */
    static Instant parse(String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException alsoNot) {
                return null;
            }
        }
    }

    /** Second precision, {@code 2025-01-02T10:00:00Z}, or {@code -}. */
    static String seconds(String text) {
        Instant instant = parse(text);
        return instant == null ? "-" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
