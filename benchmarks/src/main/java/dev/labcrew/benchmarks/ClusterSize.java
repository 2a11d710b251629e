package dev.labcrew.benchmarks;

/**
 * A simulated cluster to measure against: {@code Scenario.largeCluster(nodes, guests)}.
 *
 * @param nodes Proxmox nodes
 * @param guests guests spread over them (about 85% LXC)
 */
public record ClusterSize(int nodes, int guests) {
}
