package dev.labcrew.core.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one call comes from (e.g. an MCP session), for the {@link RequestGates} registered with the
 * runtime, and the notes its gate leaves for the caller (why nobody could be asked).
 */
public final class RequestContext {
    private final Object session;
    private final List<String> notes = new ArrayList<>();

    public RequestContext(Object session) {
        this.session = session;
    }

    /** The transport's session object, e.g. an {@code McpSyncServerExchange}. */
    public Object session() {
        return session;
    }

    public synchronized void note(String text) {
        notes.add(text);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
