package dev.labcrew.core.action;

import java.util.Map;

/**
 * The implementation of one tool that changes something. Only the {@link dev.labcrew.core.tool.ToolRuntime}
 * calls it, after the approval gate said yes: backends keep their actions package-private and hand
 * them to the runtime builder, so no public method reaches a changing endpoint without a decision.
 *
 * <p>{@link #plan} must not change anything; the runtime calls it once to build the proposal a human
 * sees, and again right before {@link #perform} to check that the target is still what was approved.
 */
public interface Action {
    /**
     * Reads the target and says what the call would do.
     *
     * @param arguments the canonical arguments (without {@code reason} and {@code dry_run})
     * @throws dev.labcrew.core.LabcrewException when the target does not exist, the input is bad, ...
     */
    ActionPlan plan(Map<String, Object> arguments);

    /**
     * Does it: runs the change, waits for it to finish and verifies the resulting state.
     *
     * @param plan the plan read right before, identical in target and state to the approved one
     * @param arguments the same canonical arguments the plan was made from
     * @return a typed result, usually a {@link dev.labcrew.core.TextResult}
     * @throws dev.labcrew.core.LabcrewException when the change fails
     */
    Object perform(ActionPlan plan, Map<String, Object> arguments);

    /**
     * As {@link #perform(ActionPlan, Map)}, with what the runtime knows of the approved run: the store, the action's
     * audit id and approval, a progress sink. Actions that keep a journal (reconcile jobs) override this one.
     */
    default Object perform(ActionPlan plan, Map<String, Object> arguments, ActionContext context) {
        return perform(plan, arguments);
    }
}
