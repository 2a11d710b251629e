package dev.labcrew.cli;

import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.store.Approvers;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew approvers add|list|remove}: the people who may decide on the approval page. Each has a
 * secret of their own, shown once when added; the store keeps only its hash.
 */
@Command(name = "approvers", mixinStandardHelpOptions = true, footer = {"", "Example:", "  labcrew approvers add alice; labcrew approvers list"}, description = "People who may decide on the approval page (labcrew approvals serve).",
         subcommands = {ApproversCommand.Add.class, ApproversCommand.ListAll.class, ApproversCommand.Remove.class})
final class ApproversCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an approver and print their secret, once.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (StateStore store = stores.open(spec)) {
                String secret = store.approvers().add(name);
                out.println("Added approver " + name + ". Their secret (shown only now; Labcrew keeps a hash of it):");
                out.println(secret);
                out.println("They log in to 'labcrew approvals serve' with it; notification links are signed for them.");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every approver.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (StateStore store = stores.open(spec)) {
                List<Approvers.Approver> all = store.approvers().list();
                TextTable table = new TextTable("NAME", "ADDED");
                all.forEach(a -> table.row(Visible.text(a.name()), String.valueOf(a.createdAt())));
                out.print(all.isEmpty() ? "No approvers; add one with 'labcrew approvers add NAME'.\n" : table.render());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an approver: their secret, sessions and links stop working.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (StateStore store = stores.open(spec)) {
                if (!store.approvers().remove(name)) {
                    spec.commandLine().getErr().println("labcrew: no approver named " + Visible.text(name));
                    spec.commandLine().getErr().flush();
                    return Labcrew.FAILED;
                }
            }
            spec.commandLine().getOut().println("Removed approver " + name + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
