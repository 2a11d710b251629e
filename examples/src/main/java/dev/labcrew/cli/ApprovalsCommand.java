package dev.labcrew.cli;

import dev.labcrew.core.approval.ApprovalStore;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labcrew approvals list|show|approve|deny}: the queue of changes waiting for a human. */
@Command(name = "approvals", description = "The queue of proposed changes waiting for a human decision.",
         subcommands = {ApprovalsCommand.ListQueue.class, ApprovalsCommand.Show.class, ApprovalsCommand.Approve.class,
                        ApprovalsCommand.Deny.class})
final class ApprovalsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static ApprovalStore store(picocli.CommandLine.Model.CommandSpec spec) {
        return new Safety(Labcrew.env(spec)).store();
    }

    @Command(name = "list", description = "Every queued proposal with its status.")
    static final class ListQueue implements Callable<Integer> {
        @Option(names = "--all", description = "Include used and closed entries.")
        boolean all;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TextTable table = new TextTable("ID", "STATUS", "TOOL", "TARGET", "RISK", "AGE", "REASON GIVEN");
            int shown = 0;
            for (PendingApproval a : store(spec).list()) {
                if (all || a.status() == PendingApproval.Status.PENDING || a.status() == PendingApproval.Status.APPROVED) {
                    table.row(a.id(), a.status().name().toLowerCase(), a.proposal().tool(), a.proposal().target(),
                        a.proposal().risk().name(), Units.duration(Instant.now().getEpochSecond() - a.createdAt().getEpochSecond()),
                        a.proposal().reason());
                    shown++;
                }
            }
            out.print(shown == 0 ? "No pending approvals.\n" : table.render());
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", description = "One proposal in full: preview and undo.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PendingApproval a = store(spec).find(id).orElseThrow(() -> new dev.labcrew.core.LabcrewException(
                dev.labcrew.core.ErrorKind.NOT_FOUND, "No approval with id " + id, "list them with 'labcrew approvals list'"));
            spec.commandLine().getOut().print(ProposalText.render(a.proposal()) + "status: " + a.status().name().toLowerCase() + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "approve", description = "Approve a queued change; the caller's next identical call runs it once.")
    static final class Approve implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", description = "Why (recorded in the audit trail).")
        String reason;

        @Option(names = "--policy", paramLabel = "FILE", description = "Policy file, for its two-person rule.")
        Path policy;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Safety safety = new Safety(Labcrew.env(spec));
            ApprovalStore store = safety.store();
            PendingApproval queued = store.find(id).orElse(null);
            int required = queued == null ? 1 : safety.policy(policy).approversRequired(queued.proposal().risk());
            PendingApproval a = store.approve(id, safety.user(), reason, required);
            PrintWriter out = spec.commandLine().getOut();
            out.println(a.status() == PendingApproval.Status.APPROVED
                ? "Approved " + id + " (" + a.proposal().tool() + " on " + a.proposal().target() + "), valid until " + a.expiresAt()
                    + ". It runs when the caller repeats the call."
                : "Recorded approval 1 of " + required + " for " + id + ": a second person must approve it too.");
            out.flush();
            return 0;
        }
    }

    @Command(name = "deny", description = "Deny a queued change; the reason goes back to the caller.")
    static final class Deny implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", required = true, description = "Why; the model reads it.")
        String reason;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Safety safety = new Safety(Labcrew.env(spec));
            PendingApproval a = safety.store().deny(id, safety.user(), reason);
            spec.commandLine().getOut().println("Denied " + id + " (" + a.proposal().tool() + " on " + a.proposal().target() + ").");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
