package dev.labcrew.core.approval;

/**
 * Asks a human whether a proposed change may run, through a channel the model cannot reach: a
 * terminal, an MCP elicitation shown by the client, a page. A gate only reports what its human
 * answered and who they are, as the channel authenticated them; whether the answers so far are
 * enough (one approver, or two distinct ones) is decided by the executor, the same for every channel,
 * and every answer is recorded on the proposal's entry in the approval queue.
 */
@FunctionalInterface
public interface ApprovalGate {
    /**
     * The {@link #channel()} of gates that ask nobody: their answer is final and nothing is queued. Such
     * a gate can only deny; an approval from it is refused.
     */
    String NOBODY = "nobody";

    /**
     * Approves or denies (with the human's reason and authenticated identity), or answers
     * {@code PENDING} when nobody can answer now and the proposal waits in the queue.
     */
    Decision decide(ActionProposal proposal);

    /** How this gate's humans are reached, recorded with each decision: {@code terminal}, {@code mcp-elicitation}. */
    default String channel() {
        return "gate";
    }

    /** A gate that denies everything and queues nothing: for runs where nobody may change anything. */
    static ApprovalGate denyAll(String reason) {
        return new ApprovalGate() {
            @Override
            public Decision decide(ActionProposal proposal) {
                return Decision.unanswered(proposal, reason);
            }

            @Override
            public String channel() {
                return NOBODY;
            }
        };
    }

    /**
     * A gate that asks nobody now: every proposal waits in the queue for humans to decide later
     * ({@code labcrew approvals approve ID}); the caller's next identical call runs it once.
     */
    static ApprovalGate queue() {
        return new ApprovalGate() {
            @Override
            public Decision decide(ActionProposal proposal) {
                return Decision.pending(proposal, "");
            }

            @Override
            public String channel() {
                return "queue";
            }
        };
    }
}
