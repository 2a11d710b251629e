package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Compact;
import dev.labcrew.core.output.OutputBudget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a container listing within the output budget, one space-separated row per container. Up to
 * {@link #PAGE_ROWS} containers: every row. More: the counts by status, node and tag, a row for every running
 * container that needs attention (usage over a warning threshold, a lock), every other one not running by VMID and
 * name, and a last line naming exactly what is not shown and the arguments that show it. A page: its rows.
 */
final class LxcListText {
    static final int PAGE_ROWS = 50;
    /** Room left under the default output budget for the last line, so the runtime never cuts a listing. */
    private static final int CHARS = OutputBudget.DEFAULT_CHARS - 400;
    private static final UsageThresholds LIMITS = UsageThresholds.defaults();
    /** The columns of a running container's row; the others show VMID, name, memory limit and tags. */
    private static final String RUNNING_COLUMNS = "VMID NAME CPU% MEM DISK% UP TAGS";

    private LxcListText() {
    }

    static String render(LxcList list) {
        List<LxcRow> rows = list.containers();
        StringBuilder out = new StringBuilder(header(list));
        for (String node : list.offlineNodes()) {
            out.append("\nWARNING node ").append(node).append(" is unreachable: its guests show status unknown");
        }
        if (rows.isEmpty()) {
            return out.append(list.filter().any() ? "\nNo containers match."
                : "\nNo containers visible. If the cluster has some, the token lacks VM.Audit on /vms: Proxmox hides those rows").toString();
        }
        if (list.page() != null) {
            return LxcListPages.page(out, list, list.page());
        }
        if (rows.size() <= PAGE_ROWS) {
            return out.append(table(rows)).toString();
        }
        return overview(out, list);
    }

    /** {@code 850 LXC containers: 663 running, 187 stopped (15 templates)}, with the filter when there is one. */
    private static String header(LxcList list) {
        List<LxcRow> rows = list.containers();
        StringBuilder out = new StringBuilder().append(rows.size()).append(" LXC containers");
        if (list.filter().any()) {
            out.append(" with ").append(list.filter().arguments());
        }
        Map<String, Long> byStatus = count(rows, LxcRow::status, statusOrder());
        if (!rows.isEmpty()) {
            out.append(": ").append(countsFirst(byStatus));
        }
        long templates = rows.stream().filter(LxcRow::template).count();
        return out.append(templates == 0 ? "" : " (" + templates + " templates)").toString();
    }

    /** The columns of running rows, then the rows grouped by status and node, each group under a line naming both. */
    static String table(List<LxcRow> rows) {
        StringBuilder out = new StringBuilder();
        Map<String, Map<String, List<LxcRow>>> groups = new TreeMap<>(statusOrder());
        rows.forEach(r -> groups.computeIfAbsent(r.status(), s -> new TreeMap<>())
            .computeIfAbsent(r.node() == null ? "?" : r.node(), n -> new ArrayList<>()).add(r));
        if (groups.containsKey("running")) {
            out.append('\n').append(RUNNING_COLUMNS);
        }
        groups.forEach((status, byNode) -> byNode.forEach((node, group) -> {
            out.append('\n').append(node).append(' ').append(status).append(':');
            group.forEach(r -> out.append('\n').append(row(r)));
        }));
        return out.toString();
    }

    /** One container: running ones with usage, the others with their memory limit; tags and a lock last. */
    static String row(LxcRow r) {
        StringBuilder out = new StringBuilder().append(r.vmid()).append(' ').append(r.name());
        if (r.running()) {
            out.append(' ').append(number(r.cpuPercent())).append(' ').append(Compact.usage(r.mem(), r.maxmem()))
               .append(' ').append(r.maxdisk() > 0 ? number(100.0 * r.disk() / r.maxdisk()) : "-")
               .append(' ').append(Compact.duration(r.uptime()));
        } else if (r.maxmem() > 0) {
            out.append(" mem ").append(Compact.bytes(r.maxmem()));
        }
        if (!r.tags().isEmpty()) {
            out.append(' ').append(String.join(";", r.tags()));
        }
        if (r.lock() != null) {
            out.append(" locked(").append(r.lock()).append(')');
        }
        return out.append(r.template() ? " template" : "").toString();
    }

    /** A running container whose usage crosses a warning threshold, or any that holds a lock. */
    static boolean needsAttention(LxcRow r) {
        return r.lock() != null || r.running() && (pct(r.mem(), r.maxmem()) >= LIMITS.memWarn()
            || pct(r.disk(), r.maxdisk()) >= LIMITS.diskWarn() || r.cpuPercent() >= LIMITS.cpuWarn());
    }

    private static String overview(StringBuilder out, LxcList list) {
        List<LxcRow> rows = list.containers();
        out.append("\nnodes: ").append(namesFirst(count(rows, LxcRow::node, Comparator.naturalOrder())));
        Map<String, Long> tags = new TreeMap<>();
        rows.forEach(r -> (r.tags().isEmpty() ? List.of("(none)") : r.tags()).forEach(t -> tags.merge(t, 1L, Long::sum)));
        out.append("\ntags: ").append(namesFirst(tags));
        List<LxcRow> attention = rows.stream().filter(r -> r.running() && needsAttention(r)).toList();
        List<String> notShown = new ArrayList<>();
        int shown = 0;
        if (!attention.isEmpty()) {
            out.append("\nneeding attention:");
            // At most half the room left, so the containers that are not running keep room for their names.
            int room = (CHARS - out.length()) / 2;
            for (LxcRow r : attention) {
                room -= row(r).length() + 1;
                if (room < 0) {
                    break;
                }
                shown++;
            }
            out.append(table(attention.subList(0, shown)));
            if (shown < attention.size()) {
                notShown.add((attention.size() - shown) + " more running ones needing attention (in the pages, page=1 to "
                    + pages(rows.size()) + ")");
            }
        }
        Map<String, List<LxcRow>> idle = new TreeMap<>(statusOrder());
        rows.stream().filter(r -> !r.running() && !(r.template() && r.lock() == null))
            .forEach(r -> idle.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r));
        idle.forEach((status, group) -> {
            out.append('\n').append(status).append(" (").append(group.size()).append("):");
            int named = 0;
            for (LxcRow r : group) {
                if (out.length() > CHARS) {
                    break;
                }
                out.append(named == 0 ? " " : ", ").append(r.vmid()).append(' ').append(r.name())
                   .append(r.lock() == null ? "" : " locked(" + r.lock() + ")");
                named++;
            }
            if (named < group.size()) {
                notShown.add((group.size() - named) + " more " + status + " (" + LxcListPages.next(list, status, named) + ")");
            }
        });
        long quiet = rows.stream().filter(r -> r.running() && !needsAttention(r)).count();
        long templates = rows.stream().filter(r -> r.template() && r.lock() == null && !r.running()).count();
        if (quiet > 0) {
            notShown.add(0, quiet + " running without warnings (" + LxcListPages.next(list, "running", 0) + ")");
        }
        if (templates > 0) {
            notShown.add(templates + " templates (in the pages)");
        }
        return out.append("\nNot shown: ").append(String.join("; ", notShown))
            .append(". Pages hold ").append(PAGE_ROWS).append(" rows by VMID; narrow with node, tag or name=GLOB.").toString();
    }

    static int pages(int rows) {
        return (rows + PAGE_ROWS - 1) / PAGE_ROWS;
    }

    static Comparator<String> statusOrder() {
        return Comparator.comparingInt((String s) -> LxcFilter.STATUSES.contains(s) ? LxcFilter.STATUSES.indexOf(s) : 99)
            .thenComparing(Comparator.naturalOrder());
    }

    private static Map<String, Long> count(List<LxcRow> rows, Function<LxcRow, String> key, Comparator<String> order) {
        Map<String, Long> counts = new TreeMap<>(order);
        rows.forEach(r -> counts.merge(key.apply(r) == null ? "?" : key.apply(r), 1L, Long::sum));
        return counts;
    }

    /** {@code 663 running, 187 stopped}. */
    private static String countsFirst(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** {@code pve1 212, pve2 210}. */
    private static String namesFirst(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static double pct(long part, long whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }

    private static String number(double percent) {
        String text = Compact.pct(percent);
        return text.substring(0, text.length() - 1);
    }
}
