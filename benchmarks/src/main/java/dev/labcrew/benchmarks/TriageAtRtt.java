package dev.labcrew.benchmarks;

/**
 * One offline triage sweep against a simulator that answers every request after a fixed delay, as a PVE host a few
 * milliseconds away would: how close the sweep comes to the latency limit, {@code requests x RTT / parallelism}.
 *
 * @param guests guests in the simulated cluster
 * @param requests requests the sweep made
 * @param parallelism how many per-guest calls the sweep runs at once
 * @param rttMs the delay of every response
 * @param wallMs how long the sweep took
 */
public record TriageAtRtt(int guests, int requests, int parallelism, double rttMs, double wallMs) {

    /** The wall time if every request waited only for its RTT and the sweep's parallelism were always used. */
    public double idealMs() {
        return requests * rttMs / parallelism;
    }

    /** Wall time over the ideal. */
    public double ratio() {
        return wallMs / idealMs();
    }

    public double requestsPerGuest() {
        return (double) requests / guests;
    }
}
