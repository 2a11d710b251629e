package dev.labcrew.benchmarks;

/**
 * The cost of the tool runtime over the bare API reads it makes, on the same guest at one cluster size, both measured
 * in one interleaved loop.
 *
 * @param guests guests in the simulated cluster
 * @param reads the GETs one call of the tool makes
 * @param runtimeMicros median of {@code runtime.call("check_lxc_status", {vmid, node})}
 * @param bareMicros median of the same GETs with a bare OkHttp client and a Jackson parse ({@link BareClient})
 */
public record Overhead(int guests, int reads, double runtimeMicros, double bareMicros) {

    /** Extra microseconds the runtime adds per call. */
    public double addedMicros() {
        return runtimeMicros - bareMicros;
    }

    /** Runtime latency divided by bare latency. */
    public double ratio() {
        return runtimeMicros / bareMicros;
    }
}
