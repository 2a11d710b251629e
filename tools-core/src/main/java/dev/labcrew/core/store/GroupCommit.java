package dev.labcrew.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Group commit: items that arrive while another write is under way are written together in the next one. Each
 * caller still returns only once its own item is written (or fails with its own failure), but callers that queued
 * behind one write share one transaction (one fsync, one witness update) instead of one each. A triage that proposes
 * fixes four at a time queues its audit appends behind each other; written one per transaction, they took most of
 * its proposal phase.
 *
 * <p>The first caller to find no write under way writes everything queued, itself included; the others wait. When a
 * batch fails in a way one item can cause (and that wrote nothing), its items are written again one by one, so a bad
 * item fails only its own caller; any other failure (the store is down, or failed after its commit) is every caller's:
 * each would have failed alone the same way, and nothing is written twice.
 *
 * @param <I> what a caller writes
 * @param <O> what its write returns
 */
final class GroupCommit<I, O> {
    private final Function<List<I>, List<O>> writeAll;
    private final Predicate<RuntimeException> oneItemsFault;
    private final Object lock = new Object();
    private List<Slot<I, O>> queued = new ArrayList<>();
    private boolean writing;

    /**
     * @param writeAll writes the items in one transaction and returns their results in the same order
     * @param oneItemsFault whether a failure of {@code writeAll} may come from one of its items and left nothing
     *     written, so that the items may be written again one by one
     */
    GroupCommit(Function<List<I>, List<O>> writeAll, Predicate<RuntimeException> oneItemsFault) {
        this.writeAll = writeAll;
        this.oneItemsFault = oneItemsFault;
    }

    /** Writes the item, alone or with those queued beside it; rethrows what failed its own write. */
    O write(I item) {
        Slot<I, O> mine = new Slot<>(item);
        List<Slot<I, O>> batch;
        boolean interrupted = false;
        synchronized (lock) {
            queued.add(mine);
            while (writing && !mine.done) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // a queued item may be written by another thread any moment: wait for it
                }
            }
            if (mine.done) {
                batch = null;
            } else {
                writing = true;
                batch = queued;
                queued = new ArrayList<>();
            }
        }
        if (batch != null) {
            try {
                write(batch);
            } finally {
                synchronized (lock) {
                    batch.forEach(slot -> slot.done = true);
                    writing = false;
                    lock.notifyAll();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.result();
    }

    /** How many callers wait for the next write (for tests). */
    int queued() {
        synchronized (lock) {
            return queued.size();
        }
    }

    private void write(List<Slot<I, O>> batch) {
        try {
            List<O> results = writeAll.apply(batch.stream().map(slot -> slot.item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).value = results.get(i);
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1 || !(e instanceof RuntimeException failure && oneItemsFault.test(failure))) {
                batch.forEach(slot -> slot.failure = e);
                return;
            }
            for (Slot<I, O> slot : batch) {
                try {
                    slot.value = writeAll.apply(List.of(slot.item)).get(0);
                } catch (RuntimeException | Error one) {
                    slot.failure = one;
                }
            }
        }
    }

    /** One caller's item and, once {@code done}, its result or failure (written and read under the lock's ordering). */
    private static final class Slot<I, O> {
        final I item;
        O value;
        Throwable failure;
        boolean done;

        Slot(I item) {
            this.item = item;
        }

        O result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }
}
