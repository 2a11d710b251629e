package dev.labcrew.core.approval;

import java.time.Instant;

/**
 * A gate's answer to a proposal.
 *
 * @param verdict approved, denied or pending
 * @param approver who decided, as the channel authenticated them; empty when no human answered
 *     ({@link #unanswered}), which is never an approval
 * @param reason the human's reason; for a denial it goes back to the caller as the tool's result
 * @param approvalId the id of the approval or pending request, or empty
 * @param proposalHash the {@link ActionProposal#hash()} the decision is bound to
 * @param expiresAt when an approval stops being valid; null for denials
 */
public record Decision(Verdict verdict, String approver, String reason, String approvalId, String proposalHash,
                       Instant expiresAt) {

    /** The three answers a gate can give. */
    public enum Verdict { APPROVED, DENIED, PENDING }

    public Decision {
        approver = approver == null ? "" : approver;
        reason = reason == null ? "" : reason;
        approvalId = approvalId == null ? "" : approvalId;
    }

    public static Decision denied(ActionProposal proposal, String approver, String reason) {
        return new Decision(Verdict.DENIED, approver, reason, "", proposal.hash(), null);
    }

    /**
     * Nobody could be asked (no terminal, the answer could not be read): a denial no human gave, which
     * leaves nothing recorded on the queue entry.
     */
    public static Decision unanswered(ActionProposal proposal, String reason) {
        return new Decision(Verdict.DENIED, "", reason, "", proposal.hash(), null);
    }

    /** Whether this is {@link #unanswered}: a denial with nobody behind it. */
    public boolean isUnanswered() {
        return verdict == Verdict.DENIED && approver.isEmpty();
    }

    public static Decision approved(ActionProposal proposal, String approver, String reason, String approvalId, Instant expiresAt) {
        return new Decision(Verdict.APPROVED, approver, reason, approvalId, proposal.hash(), expiresAt);
    }

    public static Decision pending(ActionProposal proposal, String approvalId) {
        return new Decision(Verdict.PENDING, "", "", approvalId, proposal.hash(), null);
    }
}
