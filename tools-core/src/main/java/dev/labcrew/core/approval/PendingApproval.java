package dev.labcrew.core.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of the approval queue: a proposal and the votes humans gave on it. Whether the votes are
 * enough is not the store's call: the executor counts them against its policy (one approver, or two
 * distinct ones), so every channel is counted the same.
 *
 * @param id short id a human types ({@code labcrew approvals approve ID})
 * @param approversRequired how many distinct approvers the policy asked for when the proposal was queued
 * @param votes the decisions so far, oldest first
 * @param usedAt when an approval of it ran, or null
 * @param closedAt when it was closed without running (denial reported, expired, superseded), or null
 * @param closedWhy why it was closed, or empty
 */
public record PendingApproval(String id, ActionProposal proposal, int approversRequired, List<Vote> votes, Instant createdAt,
                              Instant usedAt, Instant closedAt, String closedWhy) {

    /** Where an entry stands, for people reading the queue. */
    public enum Status {
        /** Waiting for (more) humans. */
        PENDING,
        /** Approved by enough people and not used yet. */
        APPROVED,
        /** Denied; the reason goes back to the caller once. */
        DENIED,
        /** Approved and used: never again. */
        USED,
        /** Denial reported to the caller, or approval expired or superseded. */
        CLOSED
    }

    public PendingApproval {
        votes = List.copyOf(votes);
        closedWhy = closedWhy == null ? "" : closedWhy;
    }

    /** The authentic approvals bound to the proposal's current hash, the first of each distinct approver. */
    public List<Vote> approvals() {
        Set<String> seen = new HashSet<>();
        return votes.stream().filter(v -> v.approve() && v.authentic() && v.proposalHash().equals(proposal.hash()))
            .filter(v -> seen.add(v.approver())).toList();
    }

    /** The first authentic denial, or null. */
    public Vote denial() {
        return votes.stream().filter(v -> !v.approve() && v.authentic()).findFirst().orElse(null);
    }

    /** Votes whose row the store could not vouch for: edited or inserted without the key. */
    public List<Vote> forged() {
        return votes.stream().filter(v -> !v.authentic()).toList();
    }

    /**
     * When the approval stops being valid: the oldest approval's time plus {@code expiry} (every approval
     * counted must still be fresh when the change runs); null before any.
     */
    public Instant expiresAt(Duration expiry) {
        return approvals().stream().map(Vote::at).min(Instant::compareTo).map(t -> t.plus(expiry)).orElse(null);
    }

    public Status status() {
        if (usedAt != null) {
            return Status.USED;
        }
        if (closedAt != null) {
            return Status.CLOSED;
        }
        if (denial() != null) {
            return Status.DENIED;
        }
        return approvals().size() >= approversRequired ? Status.APPROVED : Status.PENDING;
    }

    /** Who approved so far, joined for a sentence: {@code alice and bob}. */
    public String approvers() {
        return String.join(" and ", approvals().stream().map(Vote::approver).toList());
    }
}
