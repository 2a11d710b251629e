package dev.labcrew.cli;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import dev.labcrew.core.store.Approvers;
import dev.labcrew.core.store.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A store that tells someone when a proposal enters the queue: after {@link #submit} has committed a new
 * entry (not when the same request finds its open entry again), it hands the entry to the listener on a
 * thread of its own, so the caller gets its PENDING answer without waiting for retries. {@link #close}
 * waits (up to {@link #DRAIN}) for notices still being sent before it closes the store; the listener's
 * failures are its own, so notifying never blocks or loses a proposal.
 */
final class NotifyingStore implements StateStore {
    /** How long closing waits for notices still being sent: three attempts with their pauses and timeouts. */
    static final Duration DRAIN = Duration.ofSeconds(90);

    private final StateStore store;
    private final Consumer<PendingApproval> queued;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labcrew-notify");
        t.setDaemon(true);
        return t;
    });

    NotifyingStore(StateStore store, Consumer<PendingApproval> queued) {
        this.store = store;
        this.queued = queued;
    }

    @Override
    public PendingApproval submit(ActionProposal proposal, int approversRequired) {
        Optional<PendingApproval> before = store.openFor(proposal.requestHash());
        PendingApproval entry = store.submit(proposal, approversRequired);
        if (before.map(b -> !b.id().equals(entry.id())).orElse(true)) {
            sender.execute(() -> {
                try {
                    queued.accept(entry);
                } catch (RuntimeException e) {
                    // The listener reports its own failures; the entry is queued whatever happened to it.
                }
            });
        }
        return entry;
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public Optional<PendingApproval> find(String id) {
        return store.find(id);
    }

    @Override
    public List<PendingApproval> list() {
        return store.list();
    }

    @Override
    public Optional<PendingApproval> openFor(String requestHash) {
        return store.openFor(requestHash);
    }

    @Override
    public PendingApproval decide(String id, Vote vote) {
        return store.decide(id, vote);
    }

    @Override
    public boolean consume(String id) {
        return store.consume(id);
    }

    @Override
    public void close(String id, String why) {
        store.close(id, why);
    }

    @Override
    public AuditRecord append(AuditEvent event) {
        return store.append(event);
    }

    @Override
    public List<AuditRecord> auditTrail() {
        return store.auditTrail();
    }

    @Override
    public AuditVerification verifyAudit() {
        return store.verifyAudit();
    }

    @Override
    public List<String> importLegacy(Path approvalsJson, Path auditJsonl) {
        return store.importLegacy(approvalsJson, auditJsonl);
    }

    @Override
    public Approvers approvers() {
        return store.approvers();
    }

    @Override
    public boolean approverIsDatabaseRole() {
        return store.approverIsDatabaseRole();
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            sender.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
