package dev.labcrew.benchmarks;

import java.util.Arrays;

/** Median wall-clock time of a call after a warm-up; no statistics beyond that, on purpose. */
final class Latency {
    private Latency() {
    }

    static void warm(int calls, Runnable call) {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
    }

    static double medianNanos(int warmup, int measured, Runnable call) {
        if (measured < 1) {
            throw new IllegalArgumentException("measured must be at least 1: " + measured);
        }
        warm(warmup, call);
        long[] samples = new long[measured];
        for (int i = 0; i < measured; i++) {
            samples[i] = time(call);
        }
        return median(samples);
    }

    /**
     * Medians of two calls measured in one loop after warming both, {@code first} and {@code second} swapping places
     * every round so that neither always runs on a warmer cache.
     *
     * @return the median nanoseconds of {@code first} and of {@code second}
     */
    static double[] interleavedMedians(int warmup, int measured, Runnable first, Runnable second) {
        if (measured < 1) {
            throw new IllegalArgumentException("measured must be at least 1: " + measured);
        }
        warm(warmup, first);
        warm(warmup, second);
        long[] a = new long[measured];
        long[] b = new long[measured];
        for (int i = 0; i < measured; i++) {
            if (i % 2 == 0) {
                a[i] = time(first);
                b[i] = time(second);
            } else {
                b[i] = time(second);
                a[i] = time(first);
            }
        }
        return new double[] {median(a), median(b)};
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
