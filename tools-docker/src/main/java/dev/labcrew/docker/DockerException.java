package dev.labcrew.docker;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;

/**
 * A failed Docker Engine API call, with the request it came from: the engine's name, the method, the
 * API path without its version prefix, the HTTP status ({@code 0} when no response arrived) and the
 * engine's own {@code message}. The message is one line; {@link #hint()} says what to do about it.
 */
public class DockerException extends LabcrewException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final String method;
    private final String path;
    private final int status;
    private final String engineMessage;

    public DockerException(ErrorKind kind, String message, String hint, String host, String method, String path,
                           int status, String engineMessage, Throwable cause) {
        super(kind, message, hint, cause);
        this.host = host;
        this.method = method;
        this.path = path;
        this.status = status;
        this.engineMessage = engineMessage == null ? "" : engineMessage;
    }

    /** The name of the engine, e.g. {@code local}. */
    public String host() {
        return host;
    }

    public String method() {
        return method;
    }

    /** API path without the {@code /vX.Y} prefix and without the query. */
    public String path() {
        return path;
    }

    /** HTTP status, {@code 0} when no response arrived (connection, TLS, timeout). */
    public int status() {
        return status;
    }

    /** The engine's {@code message}, or the I/O error; may be empty. */
    public String engineMessage() {
        return engineMessage;
    }

    /** {@code 304}: the container was already started or stopped, so nothing changed. */
    public boolean notModified() {
        return status == 304;
    }
}
