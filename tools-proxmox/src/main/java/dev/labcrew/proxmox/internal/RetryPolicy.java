package dev.labcrew.proxmox.internal;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.Sleeper;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Which failed calls to try again, and how long to wait first: exponential backoff from
 * {@code firstBackoff}, up to 20% jitter on top, never above {@code maxBackoff}. Only transient
 * kinds are retried; a write (POST/PUT/DELETE) only when it surely did not run: a lock timeout,
 * no connection, or the cluster proxy failing to connect (595). {@link PveTransport} is the only
 * user, so retries happen in one layer. Internal: not part of the API.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    public RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {
        this(maxAttempts, firstBackoff, maxBackoff, sleeper, () -> ThreadLocalRandom.current().nextDouble());
    }

    RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper, DoubleSupplier jitter) {
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    boolean shouldRetry(String method, ProxmoxException failure, int attempt) {
        if (attempt >= maxAttempts || !failure.kind().isTransient() || ConnectFailures.isUnresolved(failure.getCause())) {
            return false;
        }
        if ("GET".equals(method)) {
            return true;
        }
        return failure.kind() == ErrorKind.LOCKED || failure.status() == 595
                || ConnectFailures.isConnectFailure(failure.getCause());
    }

    Duration delayAfter(int attempt) {
        long first = Math.max(1L, firstBackoff.toMillis());
        long base = first << Math.min(20, attempt - 1);
        long capped = Math.min(maxBackoff.toMillis(), base);
        long withJitter = capped + Math.round(capped * 0.2 * jitter.getAsDouble());
        return Duration.ofMillis(Math.min(maxBackoff.toMillis(), withJitter));
    }

    /** Waits; {@code false} when interrupted (the flag is restored and the caller gives up). */
    boolean pause(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
