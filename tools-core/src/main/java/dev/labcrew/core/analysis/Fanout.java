package dev.labcrew.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A tool's independent reads (one per node, one per storage) sent a few at a time instead of one after another, with
 * the answers in the items' order. The calling thread reads too, beside up to three threads of a pool kept for this
 * (made on first use, idle ones end after a minute); one item runs on the caller's thread alone. The reads keep the
 * caller's {@link SharedReads} (a sweep's shared reads, or fresh ones). The bound is per call: reads fanned out from
 * several threads at once add up.
 */
public final class Fanout {
    /** As many reads at once as a sweep sends: PVE's API server is one node. */
    public static final int PARALLELISM = 4;

    private static final class Threads {
        static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "labcrew-fanout");
            thread.setDaemon(true);
            return thread;
        });
    }

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
        List<Supplier<R>> reads = new ArrayList<>();
        for (T item : items) {
            reads.add(SharedReads.carried(() -> read.apply(item))); // carried from here, the caller's thread
        }
        Object[] results = new Object[reads.size()];
        Throwable[] failures = new Throwable[reads.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = reads.get(i).get();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(PARALLELISM, reads.size()); i++) {
            helpers.add(Threads.POOL.submit(worker));
        }
        worker.run();
        awaitAll(helpers);
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> answers = (List<R>) Arrays.asList(results);
        return answers;
    }

    private static void awaitAll(List<Future<?>> helpers) {
        boolean interrupted = false;
        for (Future<?> helper : helpers) {
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers write into this call's arrays: wait for them to end
                } catch (ExecutionException e) {
                    break; // a worker catches what its reads throw; nothing else reaches here
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
