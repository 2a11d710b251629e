package dev.labcrew.core.output;

import java.time.Duration;

/**
 * The shortest unambiguous forms of sizes, shares and durations, for lines a model reads many of (a listing
 * row, a status line): {@code 3.8G}, {@code 512M}, {@code 95%}, {@code 36m}. Binary units; a size under 10 of
 * its unit keeps one decimal, a larger one none, and a whole number drops its {@code .0}.
 */
public final class Compact {
    private static final String[] UNITS = {"B", "K", "M", "G", "T", "P"};

    private Compact() {
    }

    /** {@code 4294967296} becomes {@code 4G}, {@code 4080218931} {@code 3.8G}, {@code 125829120} {@code 120M}. */
    public static String bytes(long bytes) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return number(value) + UNITS[unit];
    }

    /** {@code used/total}, e.g. {@code 3.8G/4G}. */
    public static String usage(long used, long total) {
        return bytes(used) + "/" + bytes(total);
    }

    /** {@code pct of total}, e.g. {@code 95% of 4G}; just the size when the total is unknown. */
    public static String share(long used, long total) {
        return total <= 0 ? bytes(used) : pct(Units.percent(used, total)) + " of " + bytes(total);
    }

    /** A share rounded to a whole percent, {@code 95%}; under 1 but above 0 it keeps one decimal, {@code 0.4%}. */
    public static String pct(double percent) {
        return (percent > 0 && percent < 1 ? tenths(Math.round(percent * 10)) : String.valueOf(Math.round(percent))) + "%";
    }

    /** The largest unit of a duration: {@code 23d}, {@code 5h}, {@code 36m}, {@code 42s}. */
    public static String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toDays() > 0) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "m";
        }
        return d.getSeconds() + "s";
    }

    private static String number(double value) {
        long tenths = value < 10 ? Math.round(value * 10) : Math.round(value) * 10;
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths(tenths);
    }

    /** {@code 38} tenths as {@code 3.8} (not String.format: a status line formats several numbers, on every call). */
    private static String tenths(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }
}
