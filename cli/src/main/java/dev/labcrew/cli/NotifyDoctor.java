package dev.labcrew.cli;

import dev.labcrew.cli.notify.Broadcast;
import dev.labcrew.cli.notify.Notifier;
import dev.labcrew.cli.notify.Notifiers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The doctor's lines about notifications: each configured channel with its last answer, as remembered by
 * {@link Broadcast}. A channel whose last attempt failed makes the verdict degraded: proposals are still
 * queued, but nobody hears of them.
 */
final class NotifyDoctor {
    private NotifyDoctor() {
    }

    /** Prints one line per channel; true when one of them failed last time. */
    static boolean report(Map<String, String> env, PrintWriter out) {
        Map<String, String> settings = Settings.load(env);
        List<Notifier> channels = Notifiers.configured(settings);
        if (channels.isEmpty()) {
            out.printf("%-4s %-24s %s%n", "OK", "notifications", "none configured (LABCREW_WEBHOOK_URL, LABCREW_NTFY_TOPIC, LABCREW_TELEGRAM_*)");
            return false;
        }
        Properties last = Broadcast.lastStatus(StateDirs.of(env).state().resolve("notify-status.properties"));
        boolean failed = false;
        for (Notifier n : channels) {
            String status = last.getProperty(n.name(), "not used yet; try 'labcrew notify test'");
            boolean bad = status.startsWith("failed");
            failed |= bad;
            out.printf("%-4s %-24s %s%n", bad ? "WARN" : "OK", "notifications " + n.name(), status);
        }
        if (failed) {
            out.println("     hint: proposals are queued all the same; fix the channel and check it with 'labcrew notify test'");
        }
        return failed;
    }
}
