package dev.labcrew.docker.container;

import dev.labcrew.core.TextResult;

/**
 * Resource usage of one running container, computed the way {@code docker stats} computes it.
 *
 * @param cpuPercent CPU % over the engine's two samples, where 100% is one full CPU; null when the engine
 *     gave no previous sample
 * @param onlineCpus CPUs the container may use
 * @param memoryUsed bytes used minus the page cache ({@code inactive_file} on cgroup v2,
 *     {@code total_inactive_file} on v1)
 * @param memoryLimit the limit in bytes (the host's memory when the container has none)
 * @param running false when the container is not running: then every figure is 0
 */
public record ContainerUsage(String host, String name, boolean running, String state, Double cpuPercent, int onlineCpus,
                             long memoryUsed, long memoryLimit, long netRx, long netTx, long blockRead, long blockWrite,
                             long pids) implements TextResult {

    public double memoryPercent() {
        return memoryLimit <= 0 ? 0 : memoryUsed * 100.0 / memoryLimit;
    }

    @Override
    public String toText() {
        return ContainerText.usage(this);
    }
}
