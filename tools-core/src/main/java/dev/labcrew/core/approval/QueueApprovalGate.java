package dev.labcrew.core.approval;

import dev.labcrew.core.approval.PendingApproval.Status;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Parks every proposal in the persistent {@link ApprovalStore} for a human to decide later
 * ({@code labcrew approvals approve|deny ID}). When the caller repeats the same call, the decision
 * applies: an approval once, within its expiry, for exactly the proposal approved; a denial's reason
 * goes back to the caller.
 */
public final class QueueApprovalGate implements ApprovalGate {
    private final ApprovalStore store;
    private final Clock clock;

    public QueueApprovalGate(ApprovalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Decision decide(ActionProposal proposal) {
        List<PendingApproval> same = store.list().stream()
            .filter(a -> a.proposal().requestHash().equals(proposal.requestHash()))
            .sorted(Comparator.comparing(PendingApproval::createdAt).reversed())
            .toList();
        for (PendingApproval a : same) {
            switch (a.status()) {
                case APPROVED -> {
                    if (!a.expiresAt().isAfter(clock.instant())) {
                        store.mark(a.id(), Status.CLOSED);
                        return Decision.pending(proposal, store.submit(proposal).id());
                    }
                    if (!a.proposal().hash().equals(proposal.hash())) {
                        store.mark(a.id(), Status.CLOSED);
                        return Decision.denied(proposal, a.decidedBy(), "approval " + a.id() + " was given for another state of "
                            + proposal.target() + " (" + StateChange.describe(a.proposal().targetState(), proposal.targetState())
                            + "); it no longer applies. Call again to ask anew.");
                    }
                    store.mark(a.id(), Status.USED);
                    return Decision.approved(proposal, String.join(" and ", a.approvers()), a.reason(), a.id(), a.expiresAt());
                }
                case DENIED -> {
                    store.mark(a.id(), Status.CLOSED);
                    return Decision.denied(proposal, a.decidedBy(), a.reason());
                }
                case PENDING -> {
                    if (a.proposal().hash().equals(proposal.hash())) {
                        return Decision.pending(proposal, a.id());
                    }
                }
                default -> { }
            }
        }
        return Decision.pending(proposal, store.submit(proposal).id());
    }
}
