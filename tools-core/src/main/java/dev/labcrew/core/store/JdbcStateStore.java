package dev.labcrew.core.store;

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
import java.util.List;
import java.util.Optional;

/** The {@link StateStore} over JDBC, for SQLite and PostgreSQL alike. */
final class JdbcStateStore implements StateStore {
    private final StoreSettings settings;
    private final Database db;
    private final ApprovalRows approvals;
    private final AuditRows audit;
    private final AuditChain chain;
    private final Clock clock = Clock.systemUTC();

    private JdbcStateStore(StoreSettings settings, Database db, AuditKey key) {
        this.settings = settings;
        this.db = db;
        this.chain = new AuditChain(key);
        this.approvals = new ApprovalRows(settings.dialect(), new DecisionMacs(key));
        this.audit = new AuditRows(settings.dialect(), chain);
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
        return db.transaction("read the approval queue", c -> approvals.find(c, id));
    }

    @Override
    public List<PendingApproval> list() {
        return db.transaction("read the approval queue", approvals::all);
    }

    @Override
    public Optional<PendingApproval> openFor(String requestHash) {
        return db.transaction("read the approval queue", c -> approvals.openFor(c, requestHash));
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
                throw LabcrewException.badInput(approver + " already decided on " + id,
                    "a second approval must come from another person");
            }
            try {
                approvals.decide(c, entry, vote);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("UNIQUE")) {
                    throw LabcrewException.badInput("This approver already decided on " + id, "a second approval must come from another person");
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
        return db.transaction("append to the audit trail", c -> audit.append(c, event, clock.instant()));
    }

    @Override
    public List<AuditRecord> auditTrail() {
        return AuditChain.records(db.transaction("read the audit trail", audit::lines));
    }

    @Override
    public AuditVerification verifyAudit() {
        return db.transaction("read the audit trail", c -> chain.verify(audit.lines(c), audit.head(c, false)));
    }

    @Override
    public List<String> importLegacy(Path approvalsJson, Path auditJsonl) {
        return db.transaction("import the earlier files", c -> new LegacyImport(approvals, audit, chain).run(c, approvalsJson, auditJsonl));
    }

    @Override
    public void close() {
        db.close();
        if (settings.temporary()) {
            StoreFiles.deleteTree(settings.file().getParent());
        }
    }

    /** Starts the chain's head on a new store, so that a trail emptied later cannot pass for a new one. */
    private void ensureHead() {
        try {
            db.transaction("start the audit trail", c -> {
                if (audit.head(c, true) == null && !audit.hasRecords(c)) {
                    audit.insertHead(c, new AuditChain.Head(0, AuditChain.GENESIS, chain.headMac(0, AuditChain.GENESIS)));
                }
                return null;
            });
        } catch (LabcrewException e) {
            // A PostgreSQL approver's role may not write the head; an agent's first append will.
        }
    }
}
