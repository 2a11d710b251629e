package dev.labcrew.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numeric ids as written in a policy: single ids ({@code 200}) and inclusive ranges ({@code "100-199"}). */
final class IdRanges {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,18})\\s*(?:-\\s*(\\d{1,18})\\s*)?");

    private final List<long[]> ranges;
    private final List<String> written;

    private IdRanges(List<long[]> ranges, List<String> written) {
        this.ranges = ranges;
        this.written = written;
    }

    /** Null for a missing or empty list (no restriction). */
    static IdRanges parse(List<String> values, String field) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<long[]> ranges = new ArrayList<>();
        for (String value : values) {
            Matcher m = RANGE.matcher(value == null ? "" : value);
            if (!m.matches()) {
                throw new PolicyError(field, "'" + value + "' is not an id or a range like 100-199");
            }
            long low = Long.parseLong(m.group(1));
            long high = m.group(2) == null ? low : Long.parseLong(m.group(2));
            if (high < low) {
                throw new PolicyError(field, "range '" + value + "' ends before it starts");
            }
            ranges.add(new long[] {low, high});
        }
        return new IdRanges(List.copyOf(ranges), List.copyOf(values));
    }

    boolean contains(long id) {
        return ranges.stream().anyMatch(r -> id >= r[0] && id <= r[1]);
    }

    @Override
    public String toString() {
        return written.toString();
    }
}
