package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew approvals list|show|approve|deny}: the queue of changes waiting for a human. The
 * decider is the OS account running the command (or, on PostgreSQL, the database role), so one person
 * counts once however many times they approve.
 */
@Command(name = "approvals", mixinStandardHelpOptions = true, description = "The queue of proposed changes waiting for a human decision.",
         subcommands = {ApprovalsCommand.ListQueue.class, ApprovalsCommand.Show.class, ApprovalsCommand.Approve.class,
                        ApprovalsCommand.Deny.class, ApprovalsServe.class, ApprovalsWait.class},
         footer = {"", "Example:", "  labcrew approvals list; labcrew approvals approve ID --reason 'checked'"})
final class ApprovalsCommand implements Runnable {
    static final String CHANNEL = "queue";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static PendingApproval find(StateStore store, String id) {
        return store.find(id).orElseThrow(() -> new LabcrewException(dev.labcrew.core.ErrorKind.NOT_FOUND,
            "No approval with id " + Visible.text(id), "list them with 'labcrew approvals list'"));
    }

    static String status(PendingApproval a) {
        return a.status().name().toLowerCase() + (a.status() == PendingApproval.Status.PENDING && !a.approvals().isEmpty()
            ? " (" + a.approvals().size() + " of " + a.approversRequired() + ")" : "");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Queued proposals with their status (open ones unless --all or --status).",
             footer = {"", "Example:", "  labcrew approvals list --status pending --tool restart_lxc --since 2h --json"})
    static final class ListQueue implements Callable<Integer> {
        @Option(names = "--all", description = "Include used and closed entries.")
        boolean all;

        @Mixin
        RecordFilter filter;

        @Option(names = "--json", description = "Every matching entry in full, as JSON.")
        boolean json;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<PendingApproval> shown = new ArrayList<>();
            filter.checked();
            try (StateStore store = stores.open(spec)) {
                for (PendingApproval a : store.list()) {
                    boolean open = a.status() == PendingApproval.Status.PENDING || a.status() == PendingApproval.Status.APPROVED;
                    if ((all || filter.status != null || open) && filter.matches(a)) {
                        shown.add(a);
                    }
                }
            }
            if (json) {
                out.println(JsonOutput.of(shown));
            } else if (shown.isEmpty()) {
                out.println(filter.isEmpty() ? "No pending approvals." : "No approvals match.");
            } else {
                TextTable table = new TextTable("ID", "STATUS", "TOOL", "TARGET", "RISK", "AGE", "REASON GIVEN");
                for (PendingApproval a : shown) {
                    table.row(Visible.text(a.id()), status(a), Visible.text(a.proposal().tool()), Visible.text(a.proposal().target()),
                        a.proposal().risk().name(), Units.duration(Instant.now().getEpochSecond() - a.createdAt().getEpochSecond()),
                        Visible.text(a.proposal().reason()));
                }
                out.print(table.render());
            }
            int demo = json ? 0 : stores.demoPending(spec).size();
            if (demo > 0) {
                // a pointer, not the entries: the demo's approvals never show in the real queue
                out.println("The demo lab's own queue holds " + demo + " pending: labcrew approvals list --demo");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One proposal in full: what changes, undo, who decided.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (StoreChoice.Opened opened = stores.holding(spec, id)) {
                PendingApproval a = find(opened.store(), id);
                out.print(ProposalText.render(a.proposal()) + "status: " + status(a) + "\n");
                for (Vote v : a.votes()) {
                    out.println((v.approve() ? "approved by " : "denied by ") + Visible.text(v.approver()) + " via " + Visible.text(v.channel())
                        + " at " + v.at() + (v.reason().isEmpty() ? "" : ": " + Visible.text(v.reason()))
                        + (v.authentic() ? "" : "  [FORGED: the row fails its check; it does not count]"));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
             description = "Approve a queued change; the caller's next identical call runs it once, or --run runs it now.",
             footer = {"", "Example:", "  labcrew approvals approve 2fe019f2 --reason 'checked the backup' --run"})
    static final class Approve implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", description = "Why (recorded in the audit trail).")
        String reason;

        @Option(names = "--policy", paramLabel = "FILE", description = "Policy file, to say how many approvers it asks for.")
        Path policy;

        @Option(names = "--run", description = "Once approved by enough people, run the change now, through the same gate,"
            + " re-check of the target and audit as the caller's repeated call.")
        boolean run;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PendingApproval a;
            boolean enough;
            String lab;
            Safety safety;
            try (StoreChoice.Opened opened = stores.holding(spec, id)) {
                safety = opened.safety();
                StateStore store = opened.store();
                PendingApproval queued = find(store, id);
                a = store.decide(id, Vote.of(safety.user(), CHANNEL, true, reason, Instant.now(), queued.proposal().hash()));
                int required = Math.max(a.approversRequired(), safety.policy(policy).approversRequired(a.proposal().risk()));
                enough = a.approvals().size() >= required;
                lab = run && enough ? ApprovedRun.labOf(a, store) : "";
                out.println(enough
                    ? "Approved " + id + " (" + a.proposal().tool() + " on " + Visible.text(a.proposal().target()) + ") as "
                        + Visible.text(a.approvers()) + ", valid until " + a.expiresAt(Safety.APPROVAL_EXPIRY) + "."
                        + (run ? "" : " It runs when the caller repeats the call.")
                    : "Recorded approval " + a.approvals().size() + " of " + required + " for " + id + " (" + Visible.text(a.approvers())
                        + "): another person must approve it too.");
            }
            out.flush();
            return run && enough ? ApprovedRun.run(a, lab, safety.demo(), policy, spec) : 0;
        }
    }

    @Command(name = "deny", mixinStandardHelpOptions = true, description = "Deny a queued change; the reason goes back to the caller.")
    static final class Deny implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", required = true, description = "Why; the model reads it.")
        String reason;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (StoreChoice.Opened opened = stores.holding(spec, id)) {
                Safety safety = opened.safety();
                StateStore store = opened.store();
                PendingApproval queued = find(store, id);
                store.decide(id, Vote.of(safety.user(), CHANNEL, false, reason, Instant.now(), queued.proposal().hash()));
                spec.commandLine().getOut().println("Denied " + id + " (" + queued.proposal().tool() + " on "
                    + Visible.text(queued.proposal().target()) + ").");
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
