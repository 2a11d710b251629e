package dev.labcrew.benchmarks;

/**
 * One measured tool (or the whole triage sweep) at one cluster size.
 *
 * @param tool the tool name, or {@code triage (offline sweep)}
 * @param guests guests in the simulated cluster
 * @param requests HTTP requests the simulator saw for one warm call
 * @param medianMs median wall-clock latency of a warm call, in milliseconds
 * @param tokens size of the text the model reads, in {@code o200k_base} tokens
 * @param chars size of the same text in characters
 * @param error whether the call returned an error result (then the figures describe the error)
 */
public record Row(String tool, int guests, int requests, double medianMs, int tokens, int chars, boolean error) {
}
