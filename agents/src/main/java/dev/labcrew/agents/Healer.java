package dev.labcrew.agents;

import dev.labcrew.agents.ActionRecord.Status;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
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
 * gate; approved actions run and verify themselves. Each distinct action is proposed once; with a
 * {@link Sweep}, several at a time.
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

    /** Proposes one action at a time, in the findings' order. */
    public List<ActionRecord> heal(List<Finding> findings) {
        return distinct(findings).stream().map(this::propose).toList();
    }

    /**
     * Proposes with the sweep's bounded concurrency (the reads that build each proposal overlap), and returns the
     * records in the findings' order. A gate that asks a human at a terminal asks one question at a time.
     */
    public List<ActionRecord> heal(List<Finding> findings, Sweep sweep) {
        List<ActionRecord> records = new ArrayList<>();
        for (Sweep.Outcome<Finding, ActionRecord> outcome : sweep.each(distinct(findings), this::propose)) {
            ProposedAction action = outcome.item().action();
            records.add(outcome.failed() ? new ActionRecord(action.tool(), action.arguments(), outcome.item().target(), action.reason(),
                Status.FAILED, "the proposal failed: " + outcome.failure().getMessage()) : outcome.value());
        }
        return records;
    }

    /** The findings with an action, each distinct action once (the first finding that asks for it). */
    private static List<Finding> distinct(List<Finding> findings) {
        List<Finding> distinct = new ArrayList<>();
        Set<String> proposed = new LinkedHashSet<>();
        for (Finding finding : findings) {
            ProposedAction action = finding.action();
            if (action != null && proposed.add(action.tool() + action.arguments())) {
                distinct.add(finding);
            }
        }
        return distinct;
    }

    private ActionRecord propose(Finding finding) {
        ProposedAction action = finding.action();
        Map<String, Object> args = new HashMap<>(action.arguments());
        args.put("reason", action.reason());
        ToolResult result = caller.apply(action.tool(), args);
        return new ActionRecord(action.tool(), action.arguments(), finding.target(), action.reason(), Status.of(result), result.text());
    }
}
