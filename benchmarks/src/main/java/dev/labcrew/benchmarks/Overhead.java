package dev.labcrew.benchmarks;

/**
 * The cost of the tool runtime over a bare API call on the same guest at one cluster size.
 *
 * @param guests guests in the simulated cluster
 * @param runtimeMicros median of {@code runtime.call("check_lxc_status", {vmid, node})}
 * @param bareMicros median of {@code client.lxc().status(node, vmid)}
 */
public record Overhead(int guests, double runtimeMicros, double bareMicros) {

    /** Extra microseconds the runtime adds per call. */
    public double addedMicros() {
        return runtimeMicros - bareMicros;
    }

    /** Runtime latency divided by bare latency. */
    public double ratio() {
        return runtimeMicros / bareMicros;
    }
}
