package dev.labcrew.core.policy;

import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Proposals as the executor would build them, for policy tests. */
final class Proposals {
    private Proposals() {
    }

    static ActionProposal proposal(String tool, Risk risk, Map<String, String> targetState) {
        return new ActionProposal(tool, Map.of(), "ct/" + targetState.getOrDefault("vmid", "?") + "@" + targetState.getOrDefault("node", "?"),
                risk, "test", List.of(), "", targetState, Instant.EPOCH);
    }

    static ActionProposal restart(String vmid, String node, String tags) {
        return proposal("restart_lxc", Risk.MUTATING, Map.of("vmid", vmid, "node", node, "tags", tags));
    }
}
