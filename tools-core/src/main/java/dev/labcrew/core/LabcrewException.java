package dev.labcrew.core;

import java.util.Objects;

/**
 * The one exception type a user or a model sees: a one-line message saying what failed, a
 * {@link ErrorKind}, and a one-line hint saying what to do about it. Backends subclass it to carry
 * request context; the executor turns it into an error result the model can read.
 */
public class LabcrewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String hint;

    public LabcrewException(ErrorKind kind, String message, String hint) {
        this(kind, message, hint, null);
    }

    public LabcrewException(ErrorKind kind, String message, String hint, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.hint = hint == null ? "" : hint;
    }

    /** Shorthand for a {@link ErrorKind#BAD_INPUT} failure. */
    public static LabcrewException badInput(String message, String hint) {
        return new LabcrewException(ErrorKind.BAD_INPUT, message, hint);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** What the user can do about it; empty when there is nothing useful to say. */
    public String hint() {
        return hint;
    }
}
