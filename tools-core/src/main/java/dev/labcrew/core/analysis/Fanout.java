package dev.labcrew.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A tool's independent reads (one per node, one per storage) sent a few at a time instead of one after another, with
 * the answers in the items' order. One item, or a parallelism of 1, runs on the caller's thread. The reads keep the
 * caller's {@link SharedReads} (a sweep's shared reads, or fresh ones).
 */
public final class Fanout {
    /** As many reads at once as a sweep sends: PVE's API server is one node. */
    public static final int PARALLELISM = 4;

    private Fanout() {
    }

    /**
     * {@code read} of every item, in order. A read that throws fails the whole call with its exception, once every
     * read has ended (the first failing item's, in order); a read that must not fail the call catches its own.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> read) {
        if (items.size() < 2) {
            return items.stream().map(read).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, items.size()), r -> {
            Thread thread = new Thread(r, "labcrew-fanout");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Supplier<R> carried = SharedReads.carried(() -> read.apply(item)); // captured here, on the caller's thread
                futures.add(pool.submit(carried::get));
            }
            List<R> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<R> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
