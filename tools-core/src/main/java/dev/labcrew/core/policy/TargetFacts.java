package dev.labcrew.core.policy;

import dev.labcrew.core.approval.ActionProposal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a policy looks at in a proposal's target: its numeric id, its node and its tags. Read from
 * the target state the tool observed ({@code vmid}, {@code node}, {@code tags} separated by
 * {@code ;} or {@code ,}); the id and node fall back to the call's arguments.
 */
record TargetFacts(Long vmid, String node, Set<String> tags) {

    static TargetFacts of(ActionProposal proposal) {
        String vmid = fact(proposal, "vmid");
        String node = fact(proposal, "node");
        String tags = proposal.targetState().getOrDefault("tags", "");
        Set<String> tagSet = Arrays.stream(tags.split("[;,]"))
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new TargetFacts(parseId(vmid), node == null || node.isBlank() ? null : node.strip(), tagSet);
    }

    private static String fact(ActionProposal proposal, String key) {
        String observed = proposal.targetState().get(key);
        if (observed != null && !observed.isBlank()) {
            return observed;
        }
        Object argument = proposal.arguments().get(key);
        return argument == null ? null : argument.toString();
    }

    private static Long parseId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
