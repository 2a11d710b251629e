package dev.labcrew.proxmox;

import java.time.Duration;

/**
 * Waits between attempts: retry backoff and task polling go through this, never through an inline
 * {@code Thread.sleep}, so tests can make every wait instant.
 *
 * <pre>{@code
 * Sleeper instant = d -> { };
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for about {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one, backed by {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> Thread.sleep(Math.max(0L, duration.toMillis()));
    }
}
