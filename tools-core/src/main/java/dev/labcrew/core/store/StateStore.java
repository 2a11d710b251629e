package dev.labcrew.core.store;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where approvals, the humans' decisions and the audit trail live: SQLite on one machine (the default,
 * {@code $XDG_STATE_HOME/labcrew/labcrew.db}), PostgreSQL when a team or several machines share one
 * queue. Both pass one test suite. Every change that must happen once is one transaction whose row
 * count is checked: consuming an approval, appending an audit record (sequence, previous MAC and the
 * chain head move together).
 *
 * <pre>{@code
 * try (StateStore store = StateStore.sqlite(stateDir.resolve("labcrew.db"), configDir.resolve("audit.key"))) {
 *     ToolRuntime runtime = ProxmoxToolset.runtime(client).store(store).gate(ApprovalGate.queue()).build();
 * }
 * }</pre>
 *
 * <p>Methods throw {@link dev.labcrew.core.LabcrewException} with a hint when the database cannot be
 * reached or refuses (e.g. a PostgreSQL role without the privilege), and {@code NOT_FOUND} for an
 * unknown approval id.
 */
public interface StateStore extends AutoCloseable {

    /** Opens (creating and migrating) an embedded SQLite store, readable by its owner only. */
    static StateStore sqlite(Path database, Path keyFile) {
        return JdbcStateStore.open(StoreSettings.sqlite(database, keyFile));
    }

    /** Opens a store in a fresh temporary file, deleted on close: for tests and short-lived embeddings. */
    static StateStore temporary() {
        return JdbcStateStore.temporary();
    }

    /**
     * Opens a PostgreSQL store. The schema is migrated when the user may; agents should log in with a
     * role granted {@code labcrew_agent}, humans with {@code labcrew_approver} (see the README).
     */
    static StateStore postgres(String jdbcUrl, String user, String password, Path keyFile) {
        return JdbcStateStore.open(StoreSettings.postgres(jdbcUrl, user, password, keyFile));
    }

    /** Where the store is, for messages: a file path or a JDBC URL without credentials. */
    String location();

    /** Queues a proposal, or returns the open entry already waiting for the same proposal. */
    PendingApproval submit(ActionProposal proposal, int approversRequired);

    Optional<PendingApproval> find(String id);

    /** Every entry, oldest first. */
    List<PendingApproval> list();

    /** The newest entry for the same request (tool, arguments, target) that is neither used nor closed. */
    Optional<PendingApproval> openFor(String requestHash);

    /**
     * Records a human's decision on an open entry. Refused when the entry is used or closed, already
     * denied, or when this approver already decided on it.
     */
    PendingApproval decide(String id, Vote vote);

    /**
     * The one transition from approved-and-unused to used: true for exactly one caller, across threads,
     * processes and machines; false when it was used, closed or denied meanwhile.
     */
    boolean consume(String id);

    /** Closes an open entry without running it (denial reported, expired, superseded). */
    void close(String id, String why);

    /** Appends one audit record after the chain's head, in one transaction. */
    AuditRecord append(AuditEvent event);

    /** Every readable audit record, in sequence order. */
    List<AuditRecord> auditTrail();

    /** Recomputes every MAC and the chain with the key, and checks the trail against its head. */
    AuditVerification verifyAudit();

    /**
     * Imports a legacy {@code approvals.json} (pending entries only: their decisions carried no proof)
     * and {@code audit.jsonl} once, into an empty store; the files are left untouched.
     *
     * @return one line per thing imported or skipped, empty when there was nothing to do
     */
    List<String> importLegacy(Path approvalsJson, Path auditJsonl);

    /**
     * The people who may decide through the approval page. On PostgreSQL the approver of a decision is
     * the session's database role, so a name checked here cannot be recorded there: the page refuses
     * to decide over PostgreSQL (see the README).
     *
     * @throws UnsupportedOperationException for a store that keeps no approvers
     */
    default Approvers approvers() {
        throw new UnsupportedOperationException("this state store keeps no approvers");
    }

    /**
     * The journal of reconcile jobs, in this store's database beside approvals and the audit trail.
     *
     * @throws UnsupportedOperationException for a store that keeps no jobs
     */
    default dev.labcrew.core.job.JobJournal jobs() {
        throw new UnsupportedOperationException("this state store keeps no jobs");
    }

    /** True when the database records the session's role as the approver, whatever name a vote carries. */
    default boolean approverIsDatabaseRole() {
        return false;
    }

    @Override
    void close();
}
