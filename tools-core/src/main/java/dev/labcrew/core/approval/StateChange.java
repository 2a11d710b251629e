package dev.labcrew.core.approval;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Says how a target's state differs between two readings, for a refusal a human can follow. */
public final class StateChange {
    private StateChange() {
    }

    /** E.g. {@code digest 9f2c... -> 41aa..., protection 0 -> 1}; empty when nothing differs. */
    public static String describe(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String was = before.get(key);
            String now = after.get(key);
            if (!Objects.equals(was, now)) {
                out.append(out.length() == 0 ? "" : ", ").append(key).append(' ').append(shorten(was)).append(" -> ").append(shorten(now));
            }
        }
        return out.toString();
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 12 ? value.substring(0, 10) + "..." : value;
    }
}
