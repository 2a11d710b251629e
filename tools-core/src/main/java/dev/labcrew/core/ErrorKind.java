package dev.labcrew.core;

/**
 * What went wrong, in words a user and a model can act on. Backends map their status codes and
 * messages to one of these in one place; the kind decides whether a retry can help.
 */
public enum ErrorKind {
    /** The guest, node, snapshot or other object does not exist. */
    NOT_FOUND(false),
    /** The credentials were rejected (wrong token id, secret or header format). */
    AUTH_FAILED(false),
    /** The credentials are valid but lack a privilege. */
    PERMISSION_DENIED(false),
    /** The caller passed an invalid argument; nothing was sent or the server refused the parameters. */
    BAD_INPUT(false),
    /** A lock is held by another operation (lock timeout, {@code CT is locked}); usually passes. */
    LOCKED(true),
    /** The object is in a state that makes the call meaningless (already running, not running). */
    CONFLICT(false),
    /** A node or host cannot be reached (connection refused, node offline, 595-599). */
    UNREACHABLE(true),
    /** The TLS handshake failed: untrusted certificate, wrong pin, hostname mismatch. */
    TLS(false),
    /** The server took too long to answer. */
    TIMEOUT(true),
    /** The server answered with something that cannot be parsed. */
    MALFORMED_RESPONSE(false),
    /** Any other server-side failure, with the server's message. */
    REMOTE_ERROR(false),
    /** A long-running task finished with an error. */
    TASK_FAILED(false);

    private final boolean transientFailure;

    ErrorKind(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether retrying the same call later may succeed without anyone changing anything. */
    public boolean isTransient() {
        return transientFailure;
    }
}
