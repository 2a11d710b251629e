package dev.labcrew.cli;

import dev.labcrew.core.audit.AuditLog;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code labcrew audit [verify]}: the trail of every proposed, decided and executed change. */
@Command(name = "audit", description = "Print the audit trail of proposed, decided and executed changes.",
         subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AuditLog log = new Safety(Labcrew.env(spec)).audit()) {
            if (log.records().isEmpty()) {
                out.println("The audit trail is empty: " + log.file());
            }
            for (AuditRecord r : log.records()) {
                out.println(r.seq() + " " + r.time() + " " + r.event().type() + " " + r.event().tool() + " " + r.event().target()
                    + " [" + r.event().actionId() + "] " + r.event().details());
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "verify", description = "Check that no record was edited, removed or reordered. Exit 0 intact, 1 not.")
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AuditLog log = new Safety(Labcrew.env(spec)).audit()) {
                AuditVerification v = log.verify();
                v.problems().forEach(p -> out.println("BROKEN " + p));
                out.println(v.intact() ? "OK audit trail intact: " + v.records() + " records in " + log.file()
                    : "FAILED audit trail " + log.file() + " was tampered with or damaged");
                out.flush();
                return v.intact() ? 0 : Labcrew.FAILED;
            }
        }
    }
}
