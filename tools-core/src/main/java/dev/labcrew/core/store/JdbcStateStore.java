package dev.labcrew.core.store;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.audit.AuditChain;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditKey;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link StateStore} over JDBC, for SQLite and PostgreSQL alike. */
final class JdbcStateStore implements StateStore {
    private final StoreSettings settings;
    private final Database db;
    private final ApprovalRows approvals;
    private final AuditRows audit;
    private final AuditChain chain;
    private final HeadWitness witness;
    private final Clock clock = Clock.systemUTC();
    /**
     * The store's own failures (a {@link LabcrewException}: it is down, the chain head is gone, or the commit could not
     * be confirmed) are every queued caller's; anything else (an event that cannot be written) rolled back and is
     * retried event by event.
     */
    private final GroupCommit<AuditEvent, AuditRecord> appends = new GroupCommit<>(this::appendAll,
        failure -> !(failure instanceof LabcrewException));

    private JdbcStateStore(StoreSettings settings, Database db, AuditKey key) {
        this.settings = settings;
        this.db = db;
        this.chain = new AuditChain(key);
        this.approvals = new ApprovalRows(settings.dialect(), new DecisionMacs(key));
        this.witness = new HeadWitness(settings.keyFile(), settings.witnessKey());
        this.audit = new AuditRows(settings.dialect(), chain, witness.file());
    }

    static JdbcStateStore open(StoreSettings settings) {
        if (settings.file() != null) {
            StoreFiles.createPrivate(settings.file());
        }
        AuditKey key = AuditKey.loadOrCreate(settings.keyFile());
        Migrations.migrate(settings);
        JdbcStateStore store = new JdbcStateStore(settings, Database.connect(settings), key);
        store.ensureHead();
        return store;
    }

    static JdbcStateStore temporary() {
        try {
            Path dir = Files.createTempDirectory("labcrew-store");
            return open(StoreSettings.sqlite(dir.resolve("labcrew.db"), dir.resolve("audit.key")).asTemporary());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary state store", e);
        }
    }

    @Override
    public String location() {
        return settings.location();
    }

    @Override
    public PendingApproval submit(ActionProposal proposal, int approversRequired) {
        return db.transaction("queue the proposal", c -> approvals.submit(c, proposal, approversRequired, clock.instant()));
    }

    @Override
    public Optional<PendingApproval> find(String id) {
        return db.read("read the approval queue", c -> approvals.find(c, id));
    }

    @Override
    public List<PendingApproval> list() {
        return db.read("read the approval queue", approvals::all);
    }

    @Override
    public Optional<PendingApproval> openFor(String requestHash) {
        return db.read("read the approval queue", c -> approvals.openFor(c, requestHash));
    }

    @Override
    public PendingApproval decide(String id, Vote vote) {
        return db.transaction("record the decision", c -> {
            PendingApproval entry = approvals.find(c, id).orElseThrow(() -> ApprovalRows.notFound(id));
            PendingApproval.Status status = entry.status();
            if (status == PendingApproval.Status.USED || status == PendingApproval.Status.CLOSED || status == PendingApproval.Status.DENIED) {
                throw LabcrewException.badInput("Approval " + id + " is " + status.name().toLowerCase() + " and cannot be decided again",
                    "list the queue with 'labcrew approvals list'");
            }
            String approver = approvals.approverOf(c, vote);
            if (entry.votes().stream().anyMatch(v -> v.approver().equals(approver))) {
                throw alreadyDecided(approver + " already decided on " + id);
            }
            try {
                approvals.decide(c, entry, vote);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("UNIQUE")) {
                    throw alreadyDecided("This approver already decided on " + id);
                }
                throw e;
            }
            return approvals.find(c, id).orElseThrow();
        });
    }

    @Override
    public boolean consume(String id) {
        return db.transaction("use the approval", c -> approvals.consume(c, id, clock.instant()));
    }

    @Override
    public void close(String id, String why) {
        db.transaction("close the approval", c -> approvals.close(c, id, why, clock.instant()));
    }

    @Override
    public AuditRecord append(AuditEvent event) {
        return appends.write(event);
    }

    /** Appends the events in order in one transaction (those that queued behind each other), then raises the witness. */
    private List<AuditRecord> appendAll(List<AuditEvent> events) {
        HeadWitness.Seen seen = witness.seen();
        List<AuditRecord> records = db.transaction("append to the audit trail", c -> {
            List<AuditRecord> appended = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                appended.add(audit.append(c, event, clock.instant(), seen == null ? 0 : seen.seq()));
            }
            return appended;
        });
        AuditRecord last = records.get(records.size() - 1);
        witness.raise(last.seq(), last.mac());
        return records;
    }

    @Override
    public List<AuditRecord> auditTrail() {
        return AuditChain.records(db.read("read the audit trail", audit::lines));
    }

    @Override
    public AuditVerification verifyAudit() {
        HeadWitness.Seen seen = witness.seen();
        List<String> lines = new ArrayList<>();
        AuditChain.Head head = db.read("read the audit trail", c -> {
            lines.addAll(audit.lines(c));
            return audit.head(c, false);
        });
        AuditVerification verified = chain.verify(lines, head);
        List<String> problems = new ArrayList<>(verified.problems());
        if (seen != null && seen.seq() > 0) {
            List<AuditRecord> records = AuditChain.records(lines);
            boolean found = records.stream().anyMatch(r -> r.seq() == seen.seq() && r.mac().equals(seen.mac()));
            if (!found) {
                long last = records.isEmpty() ? 0 : records.get(records.size() - 1).seq();
                problems.add("this machine saw record " + seen.seq() + " written, but the trail " + (last < seen.seq()
                    ? "ends at record " + last + " (rolled back, or emptied and started again)" : "holds another record " + seen.seq()
                    + " (rewritten)"));
            }
        }
        if (problems.isEmpty() && head != null) {
            witness.raise(head.seq(), head.mac());
        }
        return new AuditVerification(problems.isEmpty(), verified.records(), problems);
    }

    @Override
    public List<String> importLegacy(Path approvalsJson, Path auditJsonl) {
        List<String> report = db.transaction("import the earlier files",
            c -> new LegacyImport(approvals, audit, chain).run(c, approvalsJson, auditJsonl));
        AuditChain.Head head = db.read("read the audit trail", c -> audit.head(c, false));
        if (head != null && head.seq() > 0) {
            witness.raise(head.seq(), head.mac());
        }
        return report;
    }

    @Override
    public Approvers approvers() {
        return new ApproverRows(db, clock);
    }

    @Override
    public dev.labcrew.core.job.JobJournal jobs() {
        return new JobRows(db, clock);
    }

    @Override
    public boolean approverIsDatabaseRole() {
        return settings.dialect() == Dialect.POSTGRESQL;
    }

    @Override
    public void close() {
        db.close();
        if (settings.temporary()) {
            StoreFiles.deleteTree(settings.file().getParent());
        }
    }

    private static LabcrewException alreadyDecided(String message) {
        return new LabcrewException(ErrorKind.CONFLICT, message, "a second approval must come from another person");
    }

    /** Starts the chain's head on a new store, so that a trail emptied later cannot pass for a new one. */
    private void ensureHead() {
        HeadWitness.Seen seen = witness.seen();
        try {
            db.transaction("start the audit trail", c -> audit.headOrStart(c, seen == null ? 0 : seen.seq()));
        } catch (LabcrewException e) {
            // A PostgreSQL approver's role may not write the head; an agent's first append will.
        }
    }
}
