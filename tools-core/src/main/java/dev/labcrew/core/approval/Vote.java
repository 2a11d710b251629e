package dev.labcrew.core.approval;

import java.time.Instant;
import java.util.Objects;

/**
 * One human's decision on one queued proposal, as the store keeps it.
 *
 * @param approver who decided, as the channel authenticated them: the OS account of the process (by uid),
 *     the database role, or the name of an MCP session's credentials; never a name the caller typed
 * @param channel how the decision came in: {@code terminal}, {@code queue}, {@code mcp-elicitation},
 *     {@code approve_action}, ...
 * @param approve true for an approval, false for a denial
 * @param reason the human's words (shown escaped; a denial's reason goes back to the caller)
 * @param at when it was decided
 * @param proposalHash the {@link ActionProposal#hash()} the human saw: a vote binds to exactly that
 * @param authentic whether the store vouches for the row: its MAC verifies under the audit key (SQLite),
 *     or the database wrote the approver from the session's role (PostgreSQL). A forged row is not
 */
public record Vote(String approver, String channel, boolean approve, String reason, Instant at, String proposalHash,
                   boolean authentic) {
    public Vote {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(proposalHash, "proposalHash");
        if (approver.isBlank()) {
            throw new IllegalArgumentException("a vote needs the approver's authenticated name");
        }
        reason = reason == null ? "" : reason;
    }

    /** A new decision to record; the store decides whether it is authentic when it reads it back. */
    public static Vote of(String approver, String channel, boolean approve, String reason, Instant at, String proposalHash) {
        return new Vote(approver, channel, approve, reason, at, proposalHash, true);
    }
}
