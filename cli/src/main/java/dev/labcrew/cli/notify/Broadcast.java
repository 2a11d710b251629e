package dev.labcrew.cli.notify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sends one notice to every channel and never throws: a channel that fails is reported on the log
 * and remembered in {@code notify-status.properties} under the state folder, where {@code doctor}
 * reads it. The proposal is queued before anyone is notified, so a failure loses nothing.
 */
public final class Broadcast {
    /** How one channel answered. */
    public record Result(String channel, boolean delivered, String detail) {
    }

    private final List<Notifier> notifiers;
    private final Path statusFile;

    public Broadcast(List<Notifier> notifiers, Path statusFile) {
        this.notifiers = List.copyOf(notifiers);
        this.statusFile = statusFile;
    }

    public boolean isEmpty() {
        return notifiers.isEmpty();
    }

    public List<Result> send(Notice notice, PrintWriter log) {
        List<Result> results = new ArrayList<>();
        for (Notifier n : notifiers) {
            try {
                n.send(notice);
                results.add(new Result(n.name(), true, "delivered"));
            } catch (IOException | RuntimeException e) {
                results.add(new Result(n.name(), false, String.valueOf(e.getMessage())));
                log.println("labcrew: the " + n.name() + " notification for " + notice.id() + " failed: " + e.getMessage()
                    + " (the proposal is queued all the same; 'labcrew doctor' shows the last failure)");
                log.flush();
            }
        }
        remember(results);
        return results;
    }

    /** The last answer of each channel, as {@code doctor} shows it: channel to {@code ok ...} or {@code failed ...}. */
    public static Properties lastStatus(Path statusFile) {
        Properties status = new Properties();
        if (Files.isRegularFile(statusFile)) {
            try (var reader = Files.newBufferedReader(statusFile)) {
                status.load(reader);
            } catch (IOException e) {
                // An unreadable status says nothing either way.
            }
        }
        return status;
    }

    private void remember(List<Result> results) {
        if (results.isEmpty() || statusFile == null) {
            return;
        }
        Properties status = lastStatus(statusFile);
        String now = Instant.now().toString();
        results.forEach(r -> status.setProperty(r.channel(), (r.delivered() ? "ok at " : "failed at ") + now
            + (r.delivered() ? "" : ": " + r.detail())));
        try {
            Files.createDirectories(statusFile.getParent());
            try (var writer = Files.newBufferedWriter(statusFile)) {
                status.store(writer, "last answer of each notification channel");
            }
        } catch (IOException e) {
            // Not remembering a status must not fail the command that notified.
        }
    }
}
