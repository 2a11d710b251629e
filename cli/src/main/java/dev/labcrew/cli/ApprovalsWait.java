package dev.labcrew.cli;

import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew approvals wait ID}: blocks until a human decides (or the entry's time in the queue ends).
 * Exit 0 when approved (the caller may repeat the call now), 3 when denied (the reason is printed),
 * 4 when it is still pending at {@code --timeout} or its queue expiry.
 */
@Command(name = "wait", mixinStandardHelpOptions = true, footer = {"", "Example:", "  labcrew approvals wait 3eca4389 --timeout 12h && labcrew tools call restart_lxc vmid=200 --approve queue"}, description = "Block until the proposal is decided; exit 0 approved, 3 denied, 4 still pending.")
final class ApprovalsWait implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Give up after this long (15m, 12h, 7d); default: the queue expiry.")
    String timeout;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "2s", hidden = true)
    String poll;

    @Mixin
    StoreChoice stores;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        QueueExpiry expiry = new Notifications(Labcrew.env(spec)).expiry();
        try (StoreChoice.Opened opened = stores.holding(spec, id)) {
            StateStore store = opened.store();
            PendingApproval entry = ApprovalsCommand.find(store, id);
            Instant queueEnd = entry.createdAt().plus(expiry.of(entry.proposal().risk()));
            Instant giveUp = timeout == null ? queueEnd : min(queueEnd, Instant.now().plus(QueueExpiry.parse(timeout)));
            Duration pause = QueueExpiry.parse(poll);
            while (entry.status() == PendingApproval.Status.PENDING && Instant.now().isBefore(giveUp)) {
                Thread.sleep(Math.min(pause.toMillis(), Math.max(1, Duration.between(Instant.now(), giveUp).toMillis())));
                entry = ApprovalsCommand.find(store, id);
            }
            return report(entry, out);
        } finally {
            out.flush();
        }
    }

    private int report(PendingApproval entry, PrintWriter out) {
        String what = entry.proposal().tool() + " on " + Visible.text(entry.proposal().target());
        switch (entry.status()) {
            case APPROVED, USED -> {
                out.println("Approved " + entry.id() + " (" + what + ") by " + Visible.text(entry.approvers())
                    + (entry.status() == PendingApproval.Status.USED ? "; it ran already." : "; repeat the call to run it."));
                return 0;
            }
            case DENIED -> {
                Vote denial = entry.denial();
                out.println("Denied " + entry.id() + " (" + what + ") by " + Visible.text(denial.approver()) + ": " + Visible.text(denial.reason()));
                return Labcrew.DENIED;
            }
            case CLOSED -> {
                out.println("Closed " + entry.id() + " (" + what + "): " + Visible.text(entry.closedWhy()));
                return Labcrew.DENIED;
            }
            default -> {
                out.println("Still pending " + entry.id() + " (" + what + "): " + ApprovalsCommand.status(entry));
                return Labcrew.PENDING;
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
