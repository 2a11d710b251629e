package dev.labcrew.cli;

import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The state store of a command, opened when something first needs it (a change is asked for, the
 * queue is read): a command that only reads the lab starts without opening and migrating the
 * database. On opening, actions a crash left without an outcome are reported once.
 */
final class LazyStore implements Supplier<StateStore>, AutoCloseable {
    private final Supplier<StateStore> opener;
    private final PrintWriter err;
    private StateStore store;

    LazyStore(Supplier<StateStore> opener, PrintWriter err) {
        this.opener = opener;
        this.err = err;
    }

    @Override
    public synchronized StateStore get() {
        if (store == null) {
            StateStore opened = opener.get();
            try {
                Safety.reportUnfinished(opened, err);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            store = opened;
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
