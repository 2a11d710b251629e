package dev.labcrew.benchmarks;

/**
 * How many warm-up and measured calls each kind of measurement gets.
 *
 * @param warmup warm-up calls per single-guest tool
 * @param measured measured calls per single-guest tool
 * @param bulkWarmup warm-up calls for the cluster-wide list
 * @param bulkMeasured measured calls for the cluster-wide list (the triage sweep always runs once)
 * @param overheadWarmup warm-up calls of each side before the runtime-versus-bare comparison
 * @param overheadMeasured measured calls for the runtime-versus-bare comparison
 */
public record Iterations(int warmup, int measured, int bulkWarmup, int bulkMeasured, int overheadWarmup, int overheadMeasured) {

    /**
     * The figures used for the README: 20 + 50 per tool, 3 + 9 for the list, 10,000 + 2,000 for the overhead. The
     * overhead compares warm code: the runtime's own code (binding, rendering, redaction) runs once per call, so it
     * reaches the optimizing compiler (5,000 to 15,000 calls) long after the bare client's OkHttp and Jackson, which
     * everything before has used. With 300 and then 2,000 warm-up calls the first sizes still measured it partly
     * compiled, and the ratio fell from 1.2 to 1.1 as the sizes went by.
     */
    public static Iterations standard() {
        return new Iterations(20, 50, 3, 9, 10_000, 2000);
    }

    /** Just enough to prove the harness works, for its unit test. */
    public static Iterations smoke() {
        return new Iterations(0, 1, 0, 1, 1, 1);
    }
}
