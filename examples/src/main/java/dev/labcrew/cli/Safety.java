package dev.labcrew.cli;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalStore;
import dev.labcrew.core.approval.ConsoleApprovalGate;
import dev.labcrew.core.approval.QueueApprovalGate;
import dev.labcrew.core.audit.AuditLog;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.policy.Policy;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The approval gate, policy, queue and audit log of one command, from its options and environment. */
final class Safety {
    static final Duration APPROVAL_EXPIRY = Duration.ofMinutes(15);

    private final StateDirs dirs;
    private final Map<String, String> env;

    Safety(Map<String, String> env) {
        this.env = env;
        this.dirs = StateDirs.of(env);
    }

    StateDirs dirs() {
        return dirs;
    }

    AuditLog audit() {
        return AuditLog.open(dirs.auditLog(), dirs.auditKey());
    }

    ApprovalStore store() {
        return new ApprovalStore(dirs.approvals(), Clock.systemUTC(), APPROVAL_EXPIRY);
    }

    Policy policy(Path file) {
        Path chosen = file != null ? file : dirs.defaultPolicy();
        return file != null || Files.isRegularFile(chosen) ? Policy.load(chosen) : Policy.defaults();
    }

    ApprovalGate gate(ApproveMode mode, BufferedReader terminal, PrintWriter err) {
        return switch (mode) {
            case ASK -> new ConsoleApprovalGate(terminal, err, user(), Clock.systemUTC(), APPROVAL_EXPIRY);
            case NEVER -> ApprovalGate.denyAll("--approve never: this run may not change anything");
            case QUEUE -> new QueueApprovalGate(store(), Clock.systemUTC());
            case POLICY -> ApprovalGate.denyAll("the policy does not pre-approve this, and --approve policy asks nobody");
        };
    }

    /** Warns about actions whose start was recorded but whose outcome was not: the process died mid-way. */
    static void reportUnfinished(AuditLog audit, PrintWriter err) {
        for (AuditRecord r : audit.unfinished()) {
            err.println("labcrew: WARNING " + r.event().tool() + " on " + r.event().target() + " started at " + r.time()
                + " has no recorded outcome (interrupted?); check the target's state");
        }
        err.flush();
    }

    String user() {
        String user = env.getOrDefault("USER", env.getOrDefault("LOGNAME", System.getProperty("user.name")));
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
