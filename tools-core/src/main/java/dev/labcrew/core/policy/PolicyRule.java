package dev.labcrew.core.policy;

import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import java.util.List;
import java.util.Set;

/**
 * One validated rule. Every criterion that is given must hold; a rule with none matches every call.
 *
 * @param tools names or globs; empty for any tool
 * @param tags the target must carry at least one (lower case); empty for any target
 * @param vmids null for any id; otherwise the target's id must be known and inside
 * @param nodes empty for any node; otherwise the target's node must be known and listed
 * @param risks empty for any risk
 */
record PolicyRule(String name, List<ToolPattern> tools, Set<String> tags, IdRanges vmids, Set<String> nodes,
                  Set<Risk> risks, PolicyVerdict.Kind kind, String reason) {

    boolean matches(ActionProposal proposal, TargetFacts target) {
        return (tools.isEmpty() || tools.stream().anyMatch(t -> t.matches(proposal.tool())))
                && (tags.isEmpty() || target.tags().stream().anyMatch(tags::contains))
                && (vmids == null || target.vmid() != null && vmids.contains(target.vmid()))
                && (nodes.isEmpty() || target.node() != null && nodes.contains(target.node()))
                && (risks.isEmpty() || risks.contains(proposal.risk()));
    }

    PolicyVerdict verdict() {
        String why = reason.isBlank() ? "policy rule '" + name + "' says " + kind.name().toLowerCase() : reason;
        return new PolicyVerdict(kind, why, name);
    }
}
