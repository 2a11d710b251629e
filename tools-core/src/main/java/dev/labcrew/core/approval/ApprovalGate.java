package dev.labcrew.core.approval;

/**
 * Decides whether a proposed change may run. Answers come from a channel the model cannot reach:
 * a terminal, a queue decided by a human, an MCP elicitation shown by the client. A gate never
 * approves because of something in the tool call's arguments.
 */
@FunctionalInterface
public interface ApprovalGate {
    /** Approves, denies (with a reason for the caller) or parks the proposal for a later decision. */
    Decision decide(ActionProposal proposal);

    /** A gate that denies everything: for unattended runs where nobody can be asked. */
    static ApprovalGate denyAll(String reason) {
        return proposal -> Decision.denied(proposal, "deny-all", reason);
    }
}
