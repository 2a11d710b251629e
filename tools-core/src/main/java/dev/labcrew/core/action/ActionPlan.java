package dev.labcrew.core.action;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an action would do to its target, read before anything changes.
 *
 * @param target the object changed, e.g. {@code ct/102@pve1}; actions on one target run one at a time
 * @param targetState facts identifying the target as it is now (name, config digest, protection, tags...):
 *     if they differ when the action is about to run, the approval no longer applies
 * @param preview what will change, one line each, for the human who decides
 * @param undo how to undo it, or what cannot be undone
 * @param noop null, or why there is nothing to do (already running...): then nothing is asked or run
 */
public record ActionPlan(String target, Map<String, String> targetState, List<String> preview, String undo, String noop) {
    public ActionPlan {
        targetState = new TreeMap<>(targetState);
        preview = List.copyOf(preview);
    }

    /** A plan that changes something. */
    public static ActionPlan of(String target, Map<String, String> targetState, List<String> preview, String undo) {
        return new ActionPlan(target, targetState, preview, undo, null);
    }

    /** A plan with nothing to do, and why. */
    public static ActionPlan noop(String target, Map<String, String> targetState, String why) {
        return new ActionPlan(target, targetState, List.of(), "nothing to undo", why);
    }

    public boolean isNoop() {
        return noop != null;
    }
}
