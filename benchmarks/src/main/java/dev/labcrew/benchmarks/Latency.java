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
            long start = System.nanoTime();
            call.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        int mid = measured / 2;
        return measured % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
    }
}
