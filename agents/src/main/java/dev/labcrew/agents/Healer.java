package dev.labcrew.agents;

import dev.labcrew.agents.ActionRecord.Status;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Proposes the fitting action of each finding through the runtime, so each goes to the approval
 * gate; approved actions run and verify themselves. Each distinct action is proposed once.
 */
public final class Healer {
    private final BiFunction<String, Map<String, ?>, ToolResult> caller;

    public Healer(ToolRuntime runtime) {
        this(runtime::call);
    }

    /** Proposes through {@code caller}, e.g. a router that sends each action to its cluster. */
    public Healer(BiFunction<String, Map<String, ?>, ToolResult> caller) {
        this.caller = caller;
    }

    public List<ActionRecord> heal(List<Finding> findings) {
        List<ActionRecord> records = new ArrayList<>();
        Set<String> proposed = new LinkedHashSet<>();
        for (Finding finding : findings) {
            ProposedAction action = finding.action();
            if (action == null || !proposed.add(action.tool() + action.arguments())) {
                continue;
            }
            Map<String, Object> args = new HashMap<>(action.arguments());
            args.put("reason", action.reason());
            ToolResult result = caller.apply(action.tool(), args);
            records.add(new ActionRecord(action.tool(), action.arguments(), finding.target(), action.reason(), Status.of(result),
                result.text()));
        }
        return records;
    }
}
