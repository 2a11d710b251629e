package dev.labcrew.cli;

import dev.labcrew.cli.notify.Broadcast;
import dev.labcrew.cli.notify.Notice;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code labcrew notify test}: one test message to each configured channel, and which answered. */
@Command(name = "notify", mixinStandardHelpOptions = true, footer = {"", "Example:", "  LABCREW_NTFY_TOPIC=my-lab labcrew notify test"}, description = "Notifications of proposals waiting for a decision.",
         subcommands = {NotifyCommand.Test.class})
final class NotifyCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Send a test message to each configured channel; exit 1 when one did not answer.")
    static final class Test implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Notifications notifications = new Notifications(Labcrew.env(spec));
            Broadcast broadcast = notifications.broadcast();
            if (broadcast.isEmpty()) {
                out.println("No notification channel configured: set LABCREW_WEBHOOK_URL, LABCREW_NTFY_TOPIC or"
                    + " LABCREW_TELEGRAM_BOT_TOKEN with LABCREW_TELEGRAM_CHAT_ID (see README).");
                out.flush();
                return Labcrew.FAILED;
            }
            List<Broadcast.Result> results = broadcast.send(Notice.test(Instant.now(), notifications.links().list()), spec.commandLine().getErr());
            results.forEach(r -> out.println(r.channel() + ": " + (r.delivered() ? "answered" : "FAILED " + r.detail())));
            out.flush();
            return results.stream().allMatch(Broadcast.Result::delivered) ? 0 : Labcrew.FAILED;
        }
    }
}
