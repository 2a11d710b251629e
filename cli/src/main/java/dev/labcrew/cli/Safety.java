package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ConsoleApprovalGate;
import dev.labcrew.core.approval.OsAccount;
import dev.labcrew.core.audit.AuditChain;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.store.StateStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The approval gate, policy and state store of one command, from its options, environment and
 * {@code labcrew.properties}: SQLite under {@code $XDG_STATE_HOME/labcrew/} unless {@code LABCREW_DB_URL}
 * names a PostgreSQL database shared by a team.
 */
final class Safety {
    static final Duration APPROVAL_EXPIRY = Duration.ofMinutes(15);

    private final StateDirs dirs;
    private final Map<String, String> settings;
    private final boolean demo;

    Safety(Map<String, String> env) {
        this(env, false);
    }

    /** The safety of a real lab, or with {@code demo} of a simulated one, whose state stays in its own place. */
    Safety(Map<String, String> env, boolean demo) {
        this.settings = Settings.load(env);
        this.dirs = demo ? StateDirs.of(env).demo() : StateDirs.of(env);
        this.demo = demo;
    }

    boolean demo() {
        return demo;
    }

    /** The SQLite file this lab's state lives in (whether or not a PostgreSQL store is configured instead). */
    Path database() {
        return dirs.database();
    }

    /**
     * Opens the store; on the first start, imports the files of earlier versions once and says so on {@code err}.
     * A simulated lab always uses its own SQLite file, never a team's PostgreSQL database.
     */
    StateStore store(PrintWriter err) {
        String url = demo ? null : settings.get("LABCREW_DB_URL");
        StateStore store = url == null || url.isBlank()
            ? StateStore.sqlite(dirs.database(), dirs.auditKey())
            : StateStore.postgres(url.strip(), settings.get("LABCREW_DB_USER"), password(), dirs.auditKey());
        try {
            for (String line : store.importLegacy(dirs.legacyApprovals(), dirs.legacyAuditLog())) {
                err.println("labcrew: " + line);
            }
        } catch (LabcrewException e) {
            // An approver's database role may not write the trail: the files wait for an agent's role to import them.
            err.println("labcrew: the files of an earlier version were not imported (" + e.getMessage() + "); " + e.hint());
        }
        err.flush();
        return store;
    }

    Policy policy(Path file) {
        Path chosen = file != null ? file : dirs.defaultPolicy();
        return file != null || Files.isRegularFile(chosen) ? Policy.load(chosen) : Policy.defaults();
    }

    ApprovalGate gate(ApproveMode mode, BufferedReader terminal, PrintWriter err) {
        return switch (mode) {
            case ASK -> new ConsoleApprovalGate(terminal, err, user(), Clock.systemUTC(), APPROVAL_EXPIRY);
            case NEVER -> ApprovalGate.denyAll("--approve never: this run may not change anything");
            case QUEUE -> ApprovalGate.queue();
            case POLICY -> ApprovalGate.denyAll("the policy does not pre-approve this, and --approve policy asks nobody");
        };
    }

    /** Warns about actions whose start was recorded but whose outcome was not: the process died mid-way. */
    static void reportUnfinished(StateStore store, PrintWriter err) {
        for (AuditRecord r : AuditChain.unfinished(store.auditTrail())) {
            err.println("labcrew: WARNING " + r.event().tool() + " on " + r.event().target() + " started at " + r.time()
                + " has no recorded outcome (interrupted?); check the target's state");
        }
        err.flush();
    }

    /** Who decides at this machine: the OS account of the process, by uid; never {@code $USER}. */
    String user() {
        return OsAccount.current();
    }

    private String password() {
        String file = settings.get("LABCREW_DB_PASSWORD_FILE");
        if (file == null || file.isBlank()) {
            return settings.get("LABCREW_DB_PASSWORD");
        }
        try {
            return Files.readString(Path.of(file.strip())).strip();
        } catch (IOException e) {
            throw LabcrewException.badInput("Cannot read LABCREW_DB_PASSWORD_FILE " + file + ": " + e.getMessage(),
                "point it at a file holding the database password, readable by you only");
        }
    }
}
