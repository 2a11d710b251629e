package dev.labcrew.core.tool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;

/**
 * What one tool call produced: the budgeted text a model reads, the typed value for Java callers
 * (null on failure), and for failures the error kind and a hint. A failure is a result, not an
 * exception, so a conversation with a model survives it.
 *
 * @param tool the tool name as called
 * @param outcome how the call ended
 * @param text compact text for the model, already within the output budget
 * @param value the tool method's typed return value, or null
 * @param errorKind set when {@code outcome} is {@link Outcome#ERROR}
 * @param hint what a user can do about a failure, or empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolResult(String tool, Outcome outcome, String text, Object value, ErrorKind errorKind, String hint) {

    /** How a tool call ended. */
    public enum Outcome {
        /** The tool ran and returned a value. */
        OK,
        /** The tool failed; {@code text} says why. */
        ERROR,
        /** The approval gate refused the call; {@code text} carries the reason. */
        DENIED,
        /** The call waits for a human decision; {@code text} carries the approval id. */
        PENDING,
        /** A dry run: {@code text} shows the proposal; nothing was changed. */
        PREVIEW
    }

    /** A failed call of {@code tool}: {@code ERROR KIND: message} and the hint on its own line, as every entry point shows it. */
    public static ToolResult failure(String tool, LabcrewException e) {
        String text = "ERROR " + e.kind() + ": " + e.getMessage() + (e.hint().isEmpty() ? "" : "\nhint: " + e.hint());
        return new ToolResult(tool, Outcome.ERROR, text, null, e.kind(), e.hint());
    }

    /** True unless the tool ran (or previewed) as asked. */
    public boolean isError() {
        return outcome != Outcome.OK && outcome != Outcome.PREVIEW;
    }
}
