package dev.labcrew.core.store;

import dev.labcrew.core.audit.AuditKey;

/**
 * The MAC of a decision row in the embedded store, under the audit key: editing the file to approve,
 * or to change who approved, makes a row no MAC vouches for, and the executor ignores it.
 */
final class DecisionMacs {
    private final AuditKey key;

    DecisionMacs(AuditKey key) {
        this.key = key;
    }

    String mac(String approvalId, String proposalHash, String verdict, String approver, String channel, String reason,
               String decidedAt) {
        return key.mac(String.join("\n", "decision", approvalId, proposalHash, verdict, approver, channel, reason, decidedAt));
    }
}
