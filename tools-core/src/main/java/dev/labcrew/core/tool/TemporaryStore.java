package dev.labcrew.core.tool;

import dev.labcrew.core.store.StateStore;

/**
 * The store of runtimes built without one: one per JVM, made on the first change asked for (a
 * read-only runtime never creates it), deleted when the JVM exits.
 */
final class TemporaryStore {
    private static StateStore store;

    private TemporaryStore() {
    }

    static synchronized StateStore get() {
        if (store == null) {
            StateStore created = StateStore.temporary();
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "labcrew-temporary-store"));
            store = created;
        }
        return store;
    }
}
