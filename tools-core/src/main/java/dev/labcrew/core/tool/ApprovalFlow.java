package dev.labcrew.core.tool;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.Decision.Verdict;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.StateChange;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns humans' answers into one decision, the same for every channel. Each answer a gate brings is
 * recorded on the proposal's queue entry with the identity the channel authenticated; the entry runs
 * when enough distinct people approved it (the policy's one or two), every approval bound to the
 * proposal's hash and fresh, no denial and no forged row among them, and only by the one caller whose
 * atomic consumption of the entry succeeds.
 */
final class ApprovalFlow {
    /** The approver of refusals Labcrew makes itself. */
    static final String LABCREW = "labcrew";

    private final StateStore store;
    private final Clock clock;
    private final Duration expiry;

    ApprovalFlow(StateStore store, Clock clock, Duration expiry) {
        this.store = store;
        this.clock = clock;
        this.expiry = expiry;
    }

    Decision resolve(ActionProposal proposal, ApprovalGate gate, int policyRequired) {
        if (ApprovalGate.NOBODY.equals(gate.channel())) {
            return finalDenial(proposal, gate.decide(proposal));
        }
        PendingApproval entry = store.openFor(proposal.requestHash()).orElse(null);
        if (entry != null) {
            Decision settled = settle(entry, proposal, policyRequired);
            if (settled != null) {
                return settled;
            }
            if (!entry.proposal().hash().equals(proposal.hash())) {
                store.close(entry.id(), "superseded: " + proposal.target() + " changed before anyone approved");
            }
            entry = store.find(entry.id()).filter(e -> e.usedAt() == null && e.closedAt() == null).orElse(null);
        }
        boolean created = entry == null;
        if (created) {
            entry = store.submit(proposal, policyRequired);
        }
        Decision asked = gate.decide(proposal);
        if (asked.verdict() == Verdict.PENDING) {
            return pending(entry, proposal, policyRequired, "");
        }
        if (asked.approver().isBlank()) {
            if (created && entry.votes().isEmpty()) {
                store.close(entry.id(), "nobody could be asked: " + asked.reason());
            }
            return finalDenial(proposal, asked);
        }
        try {
            entry = store.decide(entry.id(), Vote.of(asked.approver(), gate.channel(), asked.verdict() == Verdict.APPROVED,
                asked.reason(), clock.instant(), proposal.hash()));
        } catch (LabcrewException notRecorded) {
            String note = notRecorded.kind() == ErrorKind.CONFLICT ? asked.approver() + " already decided on it; "
                : "the answer of " + asked.approver() + " was not recorded (" + notRecorded.getMessage() + "; " + notRecorded.hint()
                    + "), so it does not count; ";
            return pending(entry, proposal, policyRequired, note);
        }
        Decision settled = settle(entry, proposal, policyRequired);
        return settled != null ? settled : pending(entry, proposal, policyRequired, "");
    }

    /** The answer of a gate that asks nobody, or when nobody answered: it can deny, never approve. */
    private static Decision finalDenial(ActionProposal proposal, Decision asked) {
        if (asked.verdict() == Verdict.DENIED) {
            return asked.approver().isBlank() ? Decision.denied(proposal, ApprovalGate.NOBODY, asked.reason()) : asked;
        }
        return Decision.denied(proposal, LABCREW, "an approval must come from a person through an approval channel;"
            + " this one asks nobody");
    }

    /** The final answer an entry already holds, or null while it waits for more approvals. */
    private Decision settle(PendingApproval entry, ActionProposal proposal, int policyRequired) {
        int required = Math.max(policyRequired, entry.approversRequired());
        Vote denial = entry.denial();
        if (denial != null) {
            store.close(entry.id(), "denial reported to the caller");
            return Decision.denied(proposal, denial.approver(), denial.reason());
        }
        if (!entry.forged().isEmpty()) {
            store.close(entry.id(), "refused: a decision row fails its MAC check");
            return Decision.denied(proposal, LABCREW, "approval " + entry.id() + " holds a decision that Labcrew did not record"
                + " (its row fails the check under the audit key: edited outside Labcrew?); refused. Call again to ask anew.");
        }
        List<Vote> approvals = entry.approvals();
        if (approvals.isEmpty()) {
            return null;
        }
        if (!entry.proposal().hash().equals(proposal.hash())) {
            store.close(entry.id(), "target changed since it was approved");
            return Decision.denied(proposal, LABCREW, "approval " + entry.id() + " was given for another state of " + proposal.target()
                + " (" + StateChange.describe(entry.proposal().targetState(), proposal.targetState()) + "); it no longer applies."
                + " Call again to ask anew.");
        }
        if (approvals.size() < required) {
            return null;
        }
        Instant expires = entry.expiresAt(expiry);
        if (!expires.isAfter(clock.instant())) {
            store.close(entry.id(), "expired");
            return null;
        }
        if (!store.consume(entry.id())) {
            return Decision.denied(proposal, LABCREW, "approval " + entry.id() + " was already used; an approval is good for one call");
        }
        return Decision.approved(proposal, entry.approvers(), approvals.get(approvals.size() - 1).reason(), entry.id(), expires);
    }

    private static Decision pending(PendingApproval entry, ActionProposal proposal, int policyRequired, String note) {
        int required = Math.max(policyRequired, entry.approversRequired());
        int have = entry.proposal().hash().equals(proposal.hash()) ? entry.approvals().size() : 0;
        String progress = have == 0 ? note : note + "approval " + have + " of " + required + " recorded (" + entry.approvers()
            + "); another person must approve it";
        return new Decision(Verdict.PENDING, "", progress, entry.id(), proposal.hash(), null);
    }
}
