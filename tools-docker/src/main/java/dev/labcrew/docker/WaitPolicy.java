package dev.labcrew.docker;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How an action waits for a container to reach the state it asked for: poll interval, a bound, and
 * the sleeper, so tests make every wait instant and no tool holds a sleep loop of its own.
 *
 * <pre>{@code
 * Inspect after = WaitPolicy.defaults().until(() -> read(container), Inspect::running);
 * }</pre>
 */
public final class WaitPolicy {
    private final Duration poll;
    private final Duration timeout;
    private final Sleeper sleeper;

    /** Blocks for about the given duration. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private WaitPolicy(Duration poll, Duration timeout, Sleeper sleeper) {
        this.poll = Objects.requireNonNull(poll, "poll");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (poll.isNegative() || poll.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("poll must be positive and timeout not negative: " + poll + ", " + timeout);
        }
    }

    /** Polls every 250 ms for up to 30 s. */
    public static WaitPolicy defaults() {
        return new WaitPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()));
    }

    public static WaitPolicy of(Duration poll, Duration timeout, Sleeper sleeper) {
        return new WaitPolicy(poll, timeout, sleeper);
    }

    /**
     * Reads until {@code done} holds or the bound passes, and returns the last value read: the caller
     * checks it, so a state that never came is reported with what was seen instead.
     */
    public <T> T until(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() - deadline < 0) {
            try {
                sleeper.sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabcrewException(ErrorKind.TIMEOUT, "Interrupted while waiting", "try again", e);
            }
            value = read.get();
        }
        return value;
    }
}
