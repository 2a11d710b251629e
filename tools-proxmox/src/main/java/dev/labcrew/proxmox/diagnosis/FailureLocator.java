package dev.labcrew.proxmox.diagnosis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the exact first failing line of a failed start that no cause explains, and the LXC step it
 * belongs to. It quotes; it never interprets.
 */
final class FailureLocator {

    /** An LXC log line carries its C function and line number: {@code lxc_setup: 3908 Failed to ...}. */
    private static final Pattern LXC_FUNCTION = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*): \\d+ ");
    private static final String TASK_ERROR = "TASK ERROR: ";

    private FailureLocator() {
    }

    static Optional<UnknownFailure> locate(StartupEvidence evidence) {
        StartTask task = evidence.lastStart();
        if (task == null || !task.failed()) {
            return Optional.empty();
        }
        for (String line : task.log()) {
            if (isLxcLine(line) && fails(line)) {
                return Optional.of(new UnknownFailure(line, step(line, "vzstart task"), Source.TASK_LOG.label));
            }
        }
        for (String line : evidence.journal()) {
            if (fails(line)) {
                return Optional.of(new UnknownFailure(line, step(line, "systemd unit"), Source.JOURNAL.label));
            }
        }
        String last = task.log().stream().filter(l -> l.startsWith(TASK_ERROR)).findFirst().orElse(task.exitStatus());
        return Optional.of(new UnknownFailure(last, "vzstart task", Source.TASK_LOG.label));
    }

    private static boolean isLxcLine(String line) {
        return line.startsWith("lxc-start") || LXC_FUNCTION.matcher(line).find();
    }

    private static boolean fails(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("fail") || lower.contains("error");
    }

    /** The pre-start hook by name, else the LXC function, else {@code fallback}. */
    static String step(String line, String fallback) {
        if (line.contains("hook.pre-start") || line.contains("prestart-hook")) {
            return "pre-start hook";
        }
        Matcher m = LXC_FUNCTION.matcher(line);
        return m.find() ? m.group(1) : fallback;
    }
}
