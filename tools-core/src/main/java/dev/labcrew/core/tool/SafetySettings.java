package dev.labcrew.core.tool;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.policy.PolicyVerdict;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.store.StateStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** What decides and records changes: policy first, then the humans through the store; redaction; time. */
record SafetySettings(ApprovalGate gate, Policy policy, Supplier<StateStore> store, Redactor redactor, Clock clock,
                      Duration approvalExpiry, MeterRegistry meters, String lab,
                      java.util.function.Consumer<String> progress) {

    Decision decide(ActionProposal proposal, ApprovalGate gate) {
        PolicyVerdict verdict = policy.evaluate(proposal);
        String by = "policy" + (verdict.rule() == null || verdict.rule().isBlank() ? "" : ":" + verdict.rule());
        return switch (verdict.kind()) {
            case DENY -> Decision.denied(proposal, by, verdict.reason());
            case APPROVE -> Decision.approved(proposal, by, verdict.reason(), ApprovalIds.next(by), clock.instant().plus(approvalExpiry));
            case ASK -> new ApprovalFlow(store.get(), clock, approvalExpiry).resolve(proposal, gate,
                policy.approversRequired(proposal.risk()));
        };
    }

    void countDecision(String tool, Decision.Verdict verdict) {
        io.micrometer.core.instrument.Counter.builder("labcrew.approvals")
            .description("Decisions on proposed changes, by tool and verdict (approved, denied, pending)")
            .tag("tool", tool).tag("decision", verdict.name().toLowerCase()).register(meters).increment();
    }
}
