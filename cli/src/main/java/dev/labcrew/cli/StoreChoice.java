package dev.labcrew.cli;

import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --demo} on the commands that read or decide stored state (approvals, approvers, audit): the simulated
 * labs keep their own queue and audit trail, apart from the real lab's, and these commands read the real one
 * unless told otherwise.
 */
final class StoreChoice {
    @Option(names = "--demo", description = "The state of the built-in demo lab and --scenario labs (their own queue and"
        + " audit trail), instead of the real lab's.")
    boolean demo;

    /** A store opened for one command, with the safety settings it was opened under. */
    record Opened(Safety safety, StateStore store) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
        }
    }

    Safety safety(CommandSpec spec) {
        return new Safety(Labcrew.env(spec), demo);
    }

    StateStore open(CommandSpec spec) {
        return safety(spec).store(spec.commandLine().getErr());
    }

    /**
     * Without {@code --demo}: what waits in the demo lab's queue, so that a list of the real queue can point there;
     * empty with {@code --demo} or when no demo command ever queued anything.
     */
    List<PendingApproval> demoPending(CommandSpec spec) {
        Safety simulated = new Safety(Labcrew.env(spec), true);
        if (demo || !Files.isRegularFile(simulated.database())) {
            return List.of();
        }
        try (StateStore store = simulated.store(spec.commandLine().getErr())) {
            return store.list().stream().filter(a -> a.status() == PendingApproval.Status.PENDING).toList();
        }
    }

    /**
     * The store that holds approval {@code id}: the chosen one; or, without {@code --demo}, when the real queue does
     * not know the id and the demo's does, the demo's, saying so on stderr. An id printed by a demo call thus works
     * as printed, and nothing of the demo ever enters the real queue.
     */
    Opened holding(CommandSpec spec, String id) {
        Safety chosen = safety(spec);
        PrintWriter err = spec.commandLine().getErr();
        StateStore store = chosen.store(err);
        if (demo || store.find(id).isPresent()) {
            return new Opened(chosen, store);
        }
        Safety simulated = new Safety(Labcrew.env(spec), true);
        if (!Files.isRegularFile(simulated.database())) {
            return new Opened(chosen, store);
        }
        StateStore demoStore = simulated.store(err);
        if (demoStore.find(id).isEmpty()) {
            demoStore.close();
            return new Opened(chosen, store);
        }
        store.close();
        err.println("labcrew: approval " + dev.labcrew.core.approval.Visible.text(id) + " is in the demo lab's queue (--demo)");
        err.flush();
        return new Opened(simulated, demoStore);
    }
}
