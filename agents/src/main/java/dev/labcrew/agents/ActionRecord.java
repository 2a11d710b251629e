package dev.labcrew.agents;

import dev.labcrew.core.tool.ToolResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * One change the Healer proposed, and what became of it.
 *
 * @param target what it changes, e.g. {@code ct/200@pve1}
 * @param reason why it was proposed (the finding)
 * @param status where it ended
 * @param result the tool's text: the denial's reason, the pending id, or the outcome with its verification
 */
public record ActionRecord(String tool, Map<String, Object> arguments, String target, String reason, Status status,
                           String result) {

    /** Where a proposed change ended. */
    public enum Status {
        /** Denied by a human, the policy or {@code --approve never}. */
        DENIED,
        /** Waiting in the approval queue. */
        PENDING,
        /** Approved, run, and its result verified. */
        EXECUTED,
        /** Approved and run, but it failed or could not be verified. */
        FAILED,
        /** Nothing to do any more (already in the wanted state). */
        NO_CHANGE;

        /** Where a changing tool's call ended; a dry run ran nothing, so it counts as still pending. */
        public static Status of(ToolResult result) {
            return switch (result.outcome()) {
                case DENIED -> DENIED;
                case PENDING, PREVIEW -> PENDING;
                case ERROR -> FAILED;
                case OK -> result.text().startsWith("NO CHANGE") ? NO_CHANGE : EXECUTED;
            };
        }
    }

    public ActionRecord {
        arguments = new TreeMap<>(arguments);
    }

    public boolean executed() {
        return status == Status.EXECUTED;
    }
}
