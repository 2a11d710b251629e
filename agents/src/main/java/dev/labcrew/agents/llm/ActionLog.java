package dev.labcrew.agents.llm;

import dev.labcrew.agents.ActionRecord;
import dev.labcrew.agents.ActionRecord.Status;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The Healer's way to the lab: each call goes through {@link ToolRuntime#call(String, Map)} and the
 * runtime's gate, and becomes an {@link ActionRecord} of what was decided and what happened. A call
 * that failed before anything was proposed (unknown guest, bad input) is a note, not an action.
 */
final class ActionLog {
    private final ToolRuntime runtime;
    private final List<ActionRecord> actions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    ActionLog(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    ToolResult call(String tool, Map<String, Object> arguments) {
        ActionProposal asked = proposal(tool, arguments);
        ToolResult result = runtime.call(tool, arguments);
        record(tool, arguments, asked, result);
        return result;
    }

    List<ActionRecord> actions() {
        return List.copyOf(actions);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private void record(String tool, Map<String, Object> arguments, ActionProposal asked, ToolResult result) {
        if (result.outcome() == ToolResult.Outcome.PREVIEW) {
            return;
        }
        ActionProposal proposal = asked;
        if (proposal == null) {
            notes.add("healer: " + tool + " " + arguments + " was not proposed: " + result.text().lines().findFirst().orElse(""));
            return;
        }
        actions.add(new ActionRecord(tool, proposal.arguments(), proposal.target(), proposal.reason(), Status.of(result),
            result.text()));
    }

    /** What the call will put before the humans, read before it runs; null when it cannot even be proposed. */
    private ActionProposal proposal(String tool, Map<String, Object> arguments) {
        try {
            return runtime.propose(tool, arguments);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
