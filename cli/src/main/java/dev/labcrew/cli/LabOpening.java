package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.tool.ToolCaller;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A {@link LabSession} opened on another thread, for {@code mcp}: the server answers {@code initialize} and
 * {@code tools/list} from the tool definitions alone and opens the lab once it serves (the demo lab's simulator takes
 * about half a second of a cold start, on the same two cores); the first call waits for it. When opening fails, every
 * call answers with that failure and {@link #failed()} tells the command to end.
 */
final class LabOpening implements AutoCloseable, ToolCaller {
    private final Supplier<LabSession> open;
    private final Set<String> listed = new HashSet<>();
    private CompletableFuture<LabSession> session;

    /**
     * A session that {@code open} will open, on the first {@link #start()} or {@link #get()}.
     *
     * @param listed the tools listed before the session opened; one its runtime lacks is a Docker tool whose
     *     settings turned out malformed (the Proxmox tools are always there), and its calls say so
     */
    LabOpening(Supplier<LabSession> open, List<ToolDefinition> listed) {
        this.open = open;
        listed.forEach(tool -> this.listed.add(tool.name()));
    }

    /** Starts opening the session on a daemon thread; nothing when it has started already. */
    synchronized void start() {
        if (session == null) {
            session = Futures.async("labcrew-lab-open", open);
        }
    }

    private synchronized CompletableFuture<LabSession> session() {
        start();
        return session;
    }

    /** The session, opening it if nobody has; rethrows what stopped it (a {@link LabcrewException} a user can fix). */
    LabSession get() {
        return Futures.join(session());
    }

    /** Completes, with the failure, when the session could not be opened; never completes otherwise. */
    CompletableFuture<Throwable> failed() {
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        session().whenComplete((s, e) -> {
            if (e != null) {
                failed.complete(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
        return failed;
    }

    /** Calls the tool on the session's cluster (through its router when there are several), once it is open. */
    @Override
    public ToolResult call(String name, Map<String, ?> arguments, RequestContext request) {
        LabSession open;
        try {
            open = get();
        } catch (LabcrewException e) {
            return ToolResult.failure(name, e);
        }
        if (open.runtime().catalog().find(name).isEmpty() && listed.contains(name)) {
            return ToolResult.failure(name, LabcrewException.badInput(name + " is off: the Docker settings did not load",
                "see the warning 'labcrew mcp' printed when it started"));
        }
        return open.router().clusters().size() > 1 ? open.router().call(name, arguments, request)
            : open.runtime().call(name, arguments, request);
    }

    /** Closes the session once it has opened (waiting for that); nothing when it failed or never started. */
    @Override
    public void close() {
        synchronized (this) {
            if (session == null) {
                return;
            }
        }
        try {
            get().close();
        } catch (RuntimeException e) {
            // opening failed: nothing was left open, and the failure was reported where it happened
        }
    }
}
