package dev.labcrew.proxmox.lxc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Renders container logs: error and warning lines first, then tasks and journal, newest first. */
final class LogText {
    static final Pattern ERRORISH = Pattern.compile(
        "(?i)error|fail|warn|denied|cannot|can't|unable|timeout|timed out|no such|not found|refused|killed|segfault|panic");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private LogText() {
    }

    static String render(LxcLogs logs) {
        List<String> important = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String line : reversed(logs.journal())) {
            if (ERRORISH.matcher(line).find()) {
                important.add("journal: " + line);
            } else {
                rest.add(line);
            }
        }
        for (TaskLog task : logs.tasks()) {
            for (String line : reversed(task.lines())) {
                if (ERRORISH.matcher(line).find()) {
                    important.add("task " + task.type() + " " + time(task.starttime()) + ": " + line);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(logs.vmid()).append(" on ").append(logs.node()).append(": ")
           .append(logs.tasks().size()).append(" recent tasks, ").append(logs.journal().size())
           .append(" journal lines of pve-container@").append(logs.vmid()).append('\n');
        logs.gaps().forEach(g -> out.append("GAP ").append(g).append('\n'));
        int budget = logs.lines();
        if (!important.isEmpty()) {
            out.append("ERRORS AND WARNINGS (newest first)\n");
            budget = append(out, important, budget);
        }
        if (!logs.tasks().isEmpty()) {
            out.append("TASKS (newest first)\n");
            for (TaskLog task : logs.tasks()) {
                out.append("  ").append(time(task.starttime())).append(' ').append(task.type()).append(" by ").append(task.user())
                   .append(": ").append(task.status() == null ? "running" : task.status()).append(task.failed() ? " [FAILED]" : "").append('\n');
                budget = append(out, task.lines().stream().map(l -> "  " + l).toList(), budget);
            }
        }
        if (!rest.isEmpty()) {
            out.append("JOURNAL (newest first)\n");
            append(out, rest, budget);
        }
        if (logs.tasks().isEmpty() && logs.journal().isEmpty() && logs.gaps().isEmpty()) {
            out.append("No tasks and no journal lines for this container.");
        }
        return out.toString().strip();
    }

    private static int append(StringBuilder out, List<String> lines, int budget) {
        int shown = 0;
        for (String line : lines) {
            if (shown >= budget) {
                out.append("  [").append(lines.size() - shown).append(" more lines not shown; raise lines= up to 200]\n");
                break;
            }
            out.append("  ").append(line).append('\n');
            shown++;
        }
        return Math.max(0, budget - shown);
    }

    private static List<String> reversed(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String time(long epochSeconds) {
        return TIME.format(Instant.ofEpochSecond(epochSeconds)) + "Z";
    }
}
