package dev.labcrew.cli;

import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The state store of a command, opened when something first needs it (a change is asked for, the
 * queue is read): a command that only reads the lab starts without opening and migrating the
 * database. On opening, actions a crash left without an outcome are reported once.
 */
final class LazyStore implements Supplier<StateStore>, AutoCloseable {
    private final Safety safety;
    private final PrintWriter err;
    private final UnaryOperator<StateStore> decorate;
    private StateStore store;

    LazyStore(Safety safety, PrintWriter err) {
        this(safety, err, UnaryOperator.identity());
    }

    /** As above, the opened store passed through {@code decorate} (e.g. one that notifies when a proposal is queued). */
    LazyStore(Safety safety, PrintWriter err, UnaryOperator<StateStore> decorate) {
        this.safety = safety;
        this.err = err;
        this.decorate = decorate;
    }

    @Override
    public synchronized StateStore get() {
        if (store == null) {
            StateStore opened = safety.store(err);
            try {
                Safety.reportUnfinished(opened, err);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            store = decorate.apply(opened);
        }
        return store;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
