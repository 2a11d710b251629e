package dev.labcrew.proxmox.internal;

import java.time.Duration;

/** The end of one call: what is left of it bounds each attempt, and a retry starts only if its backoff ends before. */
final class Deadline {
    private final long endNanos;
    private final Duration total;

    private Deadline(long endNanos, Duration total) {
        this.endNanos = endNanos;
        this.total = total;
    }

    static Deadline after(Duration total) {
        return new Deadline(System.nanoTime() + total.toNanos(), total);
    }

    /** What is left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0L, endNanos - System.nanoTime()));
    }

    /** Whether an attempt started after waiting {@code delay} would still begin before the end. */
    boolean allows(Duration delay) {
        return remaining().compareTo(delay) > 0;
    }

    Duration total() {
        return total;
    }
}
