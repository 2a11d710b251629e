package dev.labcrew.proxmox;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.util.Map;

/**
 * A failed Proxmox API call, with the request it came from: method, API path (never the query,
 * which may carry values the user did not mean to show), HTTP status ({@code 0} when no response
 * arrived), the server's reason and, for {@code 400}, the per-parameter errors. The message is one
 * line; the {@link #hint()} says what to do about it. Never contains the token secret.
 */
public class ProxmoxException extends LabcrewException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String reason;
    private final Map<String, String> paramErrors;

    public ProxmoxException(ErrorKind kind, String message, String hint, String method, String path,
            int status, String reason, Map<String, String> paramErrors, Throwable cause) {
        super(kind, message, hint, cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.reason = reason == null ? "" : reason;
        this.paramErrors = paramErrors == null ? Map.of() : Map.copyOf(paramErrors);
    }

    /** HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** API path below {@code /api2/json}, without the query string. */
    public String path() {
        return path;
    }

    /** HTTP status, {@code 0} when the request got no response (connection, TLS, timeout). */
    public int status() {
        return status;
    }

    /** The server's own words (reason phrase or {@code message}), or the I/O error; may be empty. */
    public String reason() {
        return reason;
    }

    /** For {@code 400}: parameter name to the server's complaint; otherwise empty. */
    public Map<String, String> paramErrors() {
        return paramErrors;
    }
}
