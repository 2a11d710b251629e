package dev.labcrew.benchmarks;

import java.util.List;

/**
 * Everything measured at one cluster size.
 *
 * @param size the simulated cluster
 * @param rows one per tool, then the triage sweep
 * @param overhead the runtime against a bare API call
 */
public record SizeResult(ClusterSize size, List<Row> rows, Overhead overhead) {
    public SizeResult {
        rows = List.copyOf(rows);
    }
}
