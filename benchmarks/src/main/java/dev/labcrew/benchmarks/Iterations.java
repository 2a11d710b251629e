package dev.labcrew.benchmarks;

/**
 * How many warm-up and measured calls each kind of measurement gets.
 *
 * @param warmup warm-up calls per single-guest tool
 * @param measured measured calls per single-guest tool
 * @param bulkWarmup warm-up calls for the cluster-wide list
 * @param bulkMeasured measured calls for the cluster-wide list (the triage sweep always runs once)
 * @param overheadMeasured measured calls for the runtime-versus-bare comparison (warm-up is the same number)
 */
public record Iterations(int warmup, int measured, int bulkWarmup, int bulkMeasured, int overheadMeasured) {

    /**
     * The figures used for the README: 20 + 50 per tool, 3 + 9 for the list, 2,000 + 2,000 for the overhead. The
     * overhead compares warm code: with 300, the runtime's own code (binding, rendering, redaction) had run a few
     * hundred times at the first sizes, against the bare client's OkHttp and Jackson warmed by everything before, and
     * the ratio fell from 1.2 to 1.1 as the sizes went by.
     */
    public static Iterations standard() {
        return new Iterations(20, 50, 3, 9, 2000);
    }

    /** Just enough to prove the harness works, for its unit test. */
    public static Iterations smoke() {
        return new Iterations(0, 1, 0, 1, 1);
    }
}
