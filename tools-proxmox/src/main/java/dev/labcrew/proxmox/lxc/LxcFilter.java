package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which containers a listing shows: any of node, status, tag and a name glob ({@code *} any run of characters,
 * {@code ?} one), each null for all. Names and tags match without regard to case. {@link #of} refuses an unknown
 * status with a {@link LabcrewException} of kind bad input.
 */
public record LxcFilter(String node, String status, String tag, String name) {
    /** The statuses PVE reports, in the order a listing shows them. */
    public static final List<String> STATUSES = List.of("running", "stopped", "paused", "unknown");

    /** No filter: every container. */
    public static final LxcFilter NONE = new LxcFilter(null, null, null, null);

    /**
     * Normalizes the arguments of a call: blank means absent, status and tag in lower case.
     *
     * @throws LabcrewException (bad input) for an unknown status
     */
    public static LxcFilter of(String node, String status, String tag, String name) {
        String wanted = blank(status) ? null : status.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw LabcrewException.badInput("Unknown status '" + status + "'", "use one of " + String.join(", ", STATUSES));
        }
        return new LxcFilter(blank(node) ? null : node.trim(), wanted, blank(tag) ? null : tag.trim().toLowerCase(Locale.ROOT),
            blank(name) ? null : name.trim());
    }

    /** Whether a row passes every part of the filter. */
    public boolean matches(LxcRow row) {
        return (node == null || node.equals(row.node()))
            && (status == null || status.equals(row.status()))
            && (tag == null || row.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)))
            && (name == null || glob(name).matcher(row.name() == null ? "" : row.name()).matches());
    }

    /** Whether any part is set. */
    public boolean any() {
        return node != null || status != null || tag != null || name != null;
    }

    /** The parts set, as a model would pass them again: {@code node=pve1 status=stopped}. */
    public String arguments() {
        List<String> parts = new ArrayList<>();
        add(parts, "node", node);
        add(parts, "status", status);
        add(parts, "tag", tag);
        add(parts, "name", name);
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(key + "=" + value);
        }
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
