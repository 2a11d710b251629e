package dev.labcrew.core.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The reads of one {@link Sweep}, shared: a client that reads the same thing twice in one sweep (the analyzers'
 * config of a guest, then the Healer's proposal for it; the node's permissions for each of its stopped guests)
 * sends one request, and two threads asking at once wait for the same answer. It holds only while the sweep runs,
 * on the sweep's threads.
 *
 * <p>Anything that must see the lab as it is now runs in {@link #fresh(Supplier)}: the executor re-reads the target
 * of an approved change there, and runs the change there, so an approval is never checked against sweep-old data.
 * A failed read is not kept: the next one asks again.
 */
public final class SharedReads {
    private static final ThreadLocal<SharedReads> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> FRESH = ThreadLocal.withInitial(() -> false);

    private final Map<String, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

    SharedReads() {
    }

    /** The shared reads of the sweep this thread works for, or null (not in a sweep, or inside {@link #fresh}). */
    public static SharedReads current() {
        return FRESH.get() ? null : CURRENT.get();
    }

    /** Runs {@code work} with every read going to the lab, bypassing any sweep's shared reads. */
    public static <T> T fresh(Supplier<T> work) {
        boolean before = FRESH.get();
        FRESH.set(true);
        try {
            return work.get();
        } finally {
            FRESH.set(before);
        }
    }

    /**
     * {@code work} bound to this thread's reads (a sweep's shared reads, or fresh ones), to run on another thread:
     * a tool that fans its reads out keeps reading the way its caller does.
     */
    public static <T> Supplier<T> carried(Supplier<T> work) {
        SharedReads reads = CURRENT.get();
        boolean fresh = FRESH.get();
        return () -> {
            SharedReads readsBefore = CURRENT.get();
            boolean freshBefore = FRESH.get();
            CURRENT.set(reads);
            FRESH.set(fresh);
            try {
                return work.get();
            } finally {
                CURRENT.set(readsBefore);
                FRESH.set(freshBefore);
            }
        };
    }

    /** Runs {@code work} on this thread as part of the sweep that owns these reads. */
    void within(Runnable work) {
        SharedReads before = CURRENT.get();
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            CURRENT.set(before);
        }
    }

    /**
     * The answer read once under {@code key} (which must name everything the answer depends on: server, path and
     * parameters), reading it with {@code read} on first use.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        Objects.requireNonNull(key, "key");
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> theirs = answers.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return (T) theirs.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = read.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            answers.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many distinct reads are held. */
    public int size() {
        return answers.size();
    }
}
