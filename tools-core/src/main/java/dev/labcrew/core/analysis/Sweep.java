package dev.labcrew.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an analyzer needs from the one running it: a progress line sink (stderr for long sweeps) and
 * bounded concurrency for per-target calls, where each target's failure is kept apart, and which share what
 * they read.
 */
public final class Sweep implements AutoCloseable {
    private final Consumer<String> progress;
    private final ExecutorService pool;
    private final SharedReads reads = new SharedReads();

    /**
     * @param parallelism how many per-target calls may run at once (4 suits a homelab; the API server is one node)
     */
    public Sweep(Consumer<String> progress, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(() -> reads.within(r), "labcrew-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    /** A sweep that reports nothing and runs four calls at a time. */
    public static Sweep quiet() {
        return new Sweep(line -> { }, 4);
    }

    public void progress(String line) {
        progress.accept(line);
    }

    /** The outcome of one per-target call: its value, or the failure that stopped it. */
    public record Outcome<T, R>(T item, R value, RuntimeException failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    /** The reads this sweep's calls share (see {@link SharedReads}). */
    public SharedReads reads() {
        return reads;
    }

    /**
     * Applies {@code call} to every item with bounded concurrency, in item order; failures are returned, not thrown.
     * The calls share their reads ({@link SharedReads}) for as long as the sweep is open.
     */
    public <T, R> List<Outcome<T, R>> each(List<T> items, Function<T, R> call) {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> call.apply(item)));
        }
        List<Outcome<T, R>> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                outcomes.add(new Outcome<>(items.get(i), futures.get(i).get(), null));
            } catch (ExecutionException e) {
                RuntimeException failure = e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
                outcomes.add(new Outcome<>(items.get(i), null, failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome<>(items.get(i), null, new IllegalStateException("interrupted")));
            }
        }
        return outcomes;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
