package dev.labcrew.proxmox.task;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The task exit-status grammar: {@code OK}, {@code WARNINGS: n} (both success), else the error text. */
final class ExitStatus {
    private static final Pattern WARNINGS = Pattern.compile("^WARNINGS: *(\\d+)$");

    private ExitStatus() {
    }

    static boolean isSuccess(String exit) {
        return exit != null && (exit.equals("OK") || WARNINGS.matcher(exit.trim()).matches());
    }

    static int warnings(String exit) {
        if (exit == null) {
            return 0;
        }
        Matcher m = WARNINGS.matcher(exit.trim());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
