package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How long a queued proposal may wait for a decision, per risk: {@code LABCREW_QUEUE_EXPIRY_MUTATING},
 * {@code LABCREW_QUEUE_EXPIRY_DESTRUCTIVE}, else {@code LABCREW_QUEUE_EXPIRY}, else 7 days for a
 * mutating change and 1 day for a destructive one. Values: {@code 15m}, {@code 12h}, {@code 7d} or ISO-8601
 * ({@code PT15M}). Links in notifications stop working when it ends, and the page no longer takes decisions.
 */
final class QueueExpiry {
    private final Map<String, String> settings;

    QueueExpiry(Map<String, String> settings) {
        this.settings = settings;
    }

    Duration of(Risk risk) {
        String specific = settings.get("LABCREW_QUEUE_EXPIRY_" + risk.name());
        String general = settings.get("LABCREW_QUEUE_EXPIRY");
        String chosen = specific != null && !specific.isBlank() ? specific : general;
        if (chosen == null || chosen.isBlank()) {
            return risk == Risk.DESTRUCTIVE ? Duration.ofDays(1) : Duration.ofDays(7);
        }
        return parse(chosen.strip());
    }

    static Duration parse(String text) {
        try {
            if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException(text);
            };
        } catch (RuntimeException e) {
            throw LabcrewException.badInput("Not a duration: " + text, "write 15m, 12h, 7d or an ISO-8601 duration such as PT15M");
        }
    }
}
