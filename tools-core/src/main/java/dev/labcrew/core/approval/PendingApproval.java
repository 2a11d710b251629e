package dev.labcrew.core.approval;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the approval queue: a proposal waiting for a human, or decided and not yet used.
 *
 * @param id short id a human types ({@code labcrew approvals approve ID})
 * @param status where it stands
 * @param approvers who approved so far (two under a two-person rule)
 * @param decidedBy who denied or last approved
 * @param reason the human's reason
 * @param expiresAt when an approval stops being valid
 */
public record PendingApproval(String id, ActionProposal proposal, Status status, List<String> approvers, String decidedBy,
                              String reason, Instant createdAt, Instant decidedAt, Instant expiresAt) {

    /** The life of a queued approval. */
    public enum Status {
        /** Waiting for a human. */
        PENDING,
        /** Approved and not used yet. */
        APPROVED,
        /** Denied; the reason goes back to the caller once. */
        DENIED,
        /** Approved and used: never again. */
        USED,
        /** Denial reported to the caller, or approval expired or superseded. */
        CLOSED
    }

    public PendingApproval {
        approvers = List.copyOf(approvers);
        reason = reason == null ? "" : reason;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    PendingApproval with(Status newStatus, List<String> newApprovers, String by, String why, Instant at, Instant expiry) {
        return new PendingApproval(id, proposal, newStatus, newApprovers, by, why, createdAt, at, expiry);
    }
}
