package dev.labcrew.core.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number formats for text a model reads: short, unambiguous, binary units. */
public final class Units {
    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {
    }

    /** {@code 4294967296} becomes {@code 4.0 GiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, BYTE_UNITS[unit]);
    }

    /** Share of {@code part} in {@code whole} in percent; 0 when {@code whole} is not positive. */
    public static double percent(double part, double whole) {
        return whole <= 0 ? 0 : part * 100.0 / whole;
    }

    /** {@code 95.04} becomes {@code 95.0%}. */
    public static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** {@code used/total (pct)}, e.g. {@code 3.8 GiB/4.0 GiB (95.0%)}. */
    public static String usage(long used, long total) {
        return bytes(used) + "/" + bytes(total) + " (" + pct(percent(used, total)) + ")";
    }

    /** A compact duration: {@code 3d 4h}, {@code 5h 12m}, {@code 42s}. */
    public static String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toDays() > 0) {
            return d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "m " + d.toSecondsPart() + "s";
        }
        return d.getSeconds() + "s";
    }

    /**
     * A point in time to the minute, {@code 2026-12-05 14:03 UTC}: for text that must read the same on
     * every call (an approval preview is bound to its exact words), where "3h ago" would not.
     */
    public static String utc(long epochSeconds) {
        return UTC_MINUTE.format(Instant.ofEpochSecond(epochSeconds));
    }
}
