package dev.labcrew.docker.container;

import dev.labcrew.core.LabcrewException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code since} argument: {@code 30m}, {@code 2h}, {@code 1d}, an RFC 3339 time or Unix seconds. */
final class Since {
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    private Since() {
    }

    /** Unix seconds, or null when not given. */
    static Long epochSeconds(String since, Instant now) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String text = since.trim().toLowerCase();
        Matcher m = RELATIVE.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long seconds = switch (m.group(2)) {
                case "s" -> n;
                case "m" -> n * 60;
                case "h" -> n * 3600;
                default -> n * 86400;
            };
            return now.getEpochSecond() - seconds;
        }
        if (text.matches("\\d{9,11}")) {
            return Long.parseLong(text);
        }
        Instant instant = Times.parse(since.trim().toUpperCase());
        if (instant == null) {
            throw LabcrewException.badInput("Cannot read since='" + since + "'",
                "use a duration such as 30m, 2h or 1d, or a time such as 2025-01-31T08:00:00Z");
        }
        return instant.getEpochSecond();
    }
}
