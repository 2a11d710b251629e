package dev.labcrew.core.tool;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionContext;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.analysis.SharedReads;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.Decision.Verdict;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.approval.StateChange;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The path of a call that changes something: plan, propose, decide (policy, then the gate), check the
 * approval is bound to this proposal, unused and unexpired, read the target again, run, and audit each
 * step before moving on. One call per target at a time.
 */
final class ActionExecutor {
    static final String REASON = "reason";
    static final String DRY_RUN = "dry_run";

    private final SafetySettings safety;
    private final Map<String, ReentrantLock> targetLocks = new ConcurrentHashMap<>();

    ActionExecutor(SafetySettings safety) {
        this.safety = safety;
    }

    ActionProposal propose(ToolDefinition tool, Action action, Map<String, Object> arguments) {
        return propose(tool, action.plan(canonical(arguments)), arguments);
    }

    ToolResult execute(ToolDefinition tool, Action action, Map<String, Object> arguments, ApprovalGate gate) {
        Map<String, Object> canonical = canonical(arguments);
        ActionPlan plan = action.plan(canonical);
        ActionProposal proposal = propose(tool, plan, arguments);
        if (plan.isNoop()) {
            return new ToolResult(tool.name(), Outcome.OK, "NO CHANGE: " + plan.noop(), plan.noop(), null, "");
        }
        if (Boolean.TRUE.equals(arguments.get(DRY_RUN))) {
            return new ToolResult(tool.name(), Outcome.PREVIEW, ProposalText.render(proposal)
                + "DRY RUN: nothing was changed. Call again without dry_run to ask for approval.", proposal, null, "");
        }
        ActionAudit audit = new ActionAudit(safety.store().get(), proposal, safety.lab());
        audit.record(AuditEventType.PROPOSED, Map.of("arguments", proposal.arguments(), "reason", proposal.reason(),
            "preview", proposal.preview(), "undo", proposal.undo()));
        Decision decision = safety.decide(proposal, gate);
        audit.record(AuditEventType.DECIDED, Map.of("verdict", decision.verdict().name(), "approver", decision.approver(),
            "reason", decision.reason(), "approvalId", decision.approvalId()));
        safety.countDecision(tool.name(), decision.verdict());
        return switch (decision.verdict()) {
            case DENIED -> new ToolResult(tool.name(), Outcome.DENIED, (ApprovalFlow.LABCREW.equals(decision.approver())
                ? "REFUSED: " : "DENIED by " + decision.approver() + ": ") + decision.reason() + "\nNothing was changed.", decision, null, "");
            case PENDING -> new ToolResult(tool.name(), Outcome.PENDING, "PENDING approval " + decision.approvalId()
                + (decision.reason().isEmpty() ? "" : " (" + decision.reason() + ")") + ": a human must decide ('labcrew approvals approve " + decision.approvalId() + "' or 'deny "
                + decision.approvalId() + " --reason ...', or on the approval page a notification links to; 'labcrew approvals wait "
                + decision.approvalId() + "' blocks until then). Then call " + tool.name() + " again with exactly these arguments"
                + " (a reason may differ): " + CallLine.arguments(proposal.arguments()),
                decision, null, "");
            // what runs after approval sees the lab as it is now, never a sweep's shared reads
            case APPROVED -> SharedReads.fresh(() -> runApproved(tool, action, plan, proposal, decision, audit));
        };
    }

    private ToolResult runApproved(ToolDefinition tool, Action action, ActionPlan plan, ActionProposal proposal,
                                   Decision decision, ActionAudit audit) {
        String problem = bindingProblem(proposal, decision);
        if (problem != null) {
            return refuse(tool, audit, problem);
        }
        ReentrantLock lock = targetLocks.computeIfAbsent(plan.target(), t -> new ReentrantLock());
        lock.lock();
        try {
            ActionPlan now = action.plan(proposal.arguments());
            if (!now.target().equals(plan.target()) || !now.targetState().equals(plan.targetState())) {
                return refuse(tool, audit, plan.target() + " changed since it was approved ("
                    + StateChange.describe(plan.targetState(), now.targetState()) + "); ask again");
            }
            if (now.isNoop()) {
                audit.record(AuditEventType.FINISHED, Map.of("outcome", "no change: " + now.noop()));
                return new ToolResult(tool.name(), Outcome.OK, "NO CHANGE: " + now.noop(), now.noop(), null, "");
            }
            audit.record(AuditEventType.STARTED, Map.of("approver", decision.approver(), "approvalId", decision.approvalId()));
            Object value;
            try {
                value = action.perform(now, proposal.arguments(), context(audit, decision, proposal));
            } catch (LabcrewException e) {
                audit.record(AuditEventType.FAILED, Map.of("error", e.kind().name(), "message", safety.redactor().redact(e.getMessage())));
                throw e;
            }
            // Outside the catch above: a trail that cannot take the outcome must not record the change as failed.
            String text = ToolRuntime.render(value);
            audit.record(AuditEventType.FINISHED, Map.of("outcome", safety.redactor().redact(text)));
            return new ToolResult(tool.name(), Outcome.OK, text, value, null, "");
        } finally {
            lock.unlock();
        }
    }

    private ActionContext context(ActionAudit audit, Decision decision, ActionProposal proposal) {
        return new ActionContext() {
            @Override
            public String actionId() {
                return audit.actionId();
            }

            @Override
            public String approvalId() {
                return decision.approvalId();
            }

            @Override
            public String proposalHash() {
                return proposal.hash();
            }

            @Override
            public StateStore store() {
                return safety.store().get();
            }

            @Override
            public void record(AuditEventType type, Map<String, Object> details) {
                audit.record(type, details);
            }

            @Override
            public void progress(String line) {
                safety.progress().accept(safety.redactor().redact(line));
            }
        };
    }

    private String bindingProblem(ActionProposal proposal, Decision decision) {
        if (!proposal.hash().equals(decision.proposalHash())) {
            return "the approval was given for a different proposal";
        }
        if (decision.expiresAt() == null || !decision.expiresAt().isAfter(safety.clock().instant())) {
            return "approval " + decision.approvalId() + " has expired";
        }
        return null;
    }

    private static ToolResult refuse(ToolDefinition tool, ActionAudit audit, String why) {
        audit.record(AuditEventType.REFUSED, Map.of("reason", why));
        return new ToolResult(tool.name(), Outcome.DENIED, "REFUSED: " + why + "\nNothing was changed.", null, null, "");
    }

    private ActionProposal propose(ToolDefinition tool, ActionPlan plan, Map<String, Object> arguments) {
        Object reason = arguments.get(REASON);
        return new ActionProposal(tool.name(), canonical(arguments), plan.target(), tool.risk(), reason == null ? "" : reason.toString(),
            plan.preview(), plan.undo(), plan.targetState(), safety.clock().instant());
    }

    private static Map<String, Object> canonical(Map<String, Object> arguments) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        arguments.forEach((k, v) -> {
            if (v != null && !REASON.equals(k) && !DRY_RUN.equals(k)) {
                canonical.put(k, v);
            }
        });
        return canonical;
    }
}
