package dev.labcrew.benchmarks;

import java.util.List;

/**
 * Everything measured at one cluster size.
 *
 * @param size the simulated cluster
 * @param rows one per tool, then the triage sweep
 * @param overhead the runtime against a bare API call
 * @param containers the LXC containers in the cluster, the rows {@code list_lxc_containers} lists
 * @param triageAtRtt the triage sweep with every response delayed by a few milliseconds
 */
public record SizeResult(ClusterSize size, List<Row> rows, Overhead overhead, int containers, TriageAtRtt triageAtRtt) {
    public SizeResult {
        rows = List.copyOf(rows);
    }
}
