package dev.labcrew.cli;

import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labcrew audit [verify]}: the trail of every proposed, decided and executed change. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Print the audit trail of proposed, decided and executed changes.",
         subcommands = AuditCommand.Verify.class,
         footer = {"", "Examples:", "  labcrew audit --tool restart_lxc --since 1d", "  labcrew audit verify", "  labcrew audit --demo --json"})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    RecordFilter filter;

    @Option(names = "--json", description = "The matching records in full, as JSON.")
    boolean json;

    @Mixin
    StoreChoice stores;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        filter.checked();
        try (StateStore store = stores.open(spec)) {
            List<AuditRecord> shown = store.auditTrail().stream().filter(filter::matches).toList();
            if (json) {
                out.println(JsonOutput.of(shown));
            } else if (shown.isEmpty()) {
                out.println((filter.isEmpty() ? "The audit trail is empty: " : "No audit records match in ") + store.location());
            }
            for (AuditRecord r : json ? List.<AuditRecord>of() : shown) {
                out.println(r.seq() + " " + r.time() + " " + r.event().type() + " " + r.event().tool() + " "
                    + Visible.text(r.event().target()) + " [" + r.event().actionId() + "] " + Visible.text(String.valueOf(r.event().details())));
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check that no record was edited, removed, reordered or cut from the end."
        + " Exit 0 intact, 1 not.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreChoice stores;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (StateStore store = stores.open(spec)) {
                AuditVerification v = store.verifyAudit();
                v.problems().forEach(p -> out.println("BROKEN " + p));
                out.println(v.intact() ? "OK audit trail intact: " + v.records() + " records in " + store.location()
                    : "FAILED audit trail in " + store.location() + " was tampered with or damaged");
                out.flush();
                return v.intact() ? 0 : Labcrew.FAILED;
            }
        }
    }
}
