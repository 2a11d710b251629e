package dev.labcrew.docker.container;

import java.util.List;

/** Renders a container log: a summary line, the error lines, then the tail in order; long lines cut. */
final class LogText {
    private static final int MAX_ERRORS = 20;
    private static final int MAX_LINE = 300;

    private LogText() {
    }

    static String render(ContainerLogs logs) {
        List<LogLine> lines = logs.lines();
        StringBuilder out = new StringBuilder();
        long stderr = lines.stream().filter(l -> "stderr".equals(l.stream())).count();
        out.append(logs.container()).append(" on ").append(logs.host()).append(": ").append(lines.size()).append(" lines")
            .append(logs.tty() ? " (tty: stdout and stderr are one stream)" : " (" + stderr + " on stderr)")
            .append(", last ").append(logs.requested()).append(" asked").append(logs.since() == null ? "" : " since " + logs.since())
            .append('\n');
        if (lines.isEmpty()) {
            return out.append("No log lines").append(logs.since() == null ? "." : " in that time.").toString();
        }
        if (!logs.errors().isEmpty()) {
            List<LogLine> errors = logs.errors();
            out.append("errors (").append(errors.size()).append(errors.size() > MAX_ERRORS ? ", newest " + MAX_ERRORS : "").append("):\n");
            errors.subList(Math.max(0, errors.size() - MAX_ERRORS), errors.size()).forEach(l -> line(out, l));
        }
        out.append("log (oldest first):\n");
        // the budget keeps the first lines, so the newest must come before the oldest when the log is long
        int from = Math.max(0, lines.size() - 60);
        if (from > 0) {
            out.append("  [").append(from).append(" older lines not shown; ask with fewer lines or a since]\n");
        }
        lines.subList(from, lines.size()).forEach(l -> line(out, l));
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, LogLine l) {
        String text = l.text().length() > MAX_LINE ? l.text().substring(0, MAX_LINE) + "..." : l.text();
        out.append("  ").append(l.time().isEmpty() ? "" : l.time() + " ").append(l.stream().equals("stderr") ? "ERR " : "")
            .append(text).append('\n');
    }
}
