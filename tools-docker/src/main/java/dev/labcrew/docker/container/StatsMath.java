package dev.labcrew.docker.container;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The arithmetic of {@code docker stats} on one {@code /containers/{id}/stats?stream=false} answer, which
 * holds two samples about a second apart ({@code cpu_stats} and {@code precpu_stats}).
 */
final class StatsMath {
    private StatsMath() {
    }

    /** CPU % where 100 is one full CPU; null when there is no previous sample to compare with. */
    static Double cpuPercent(JsonNode stats) {
        JsonNode now = stats.path("cpu_stats");
        JsonNode before = stats.path("precpu_stats");
        long systemBefore = before.path("system_cpu_usage").asLong(0);
        if (systemBefore <= 0) {
            return null;
        }
        double cpuDelta = now.path("cpu_usage").path("total_usage").asDouble(0) - before.path("cpu_usage").path("total_usage").asDouble(0);
        double systemDelta = now.path("system_cpu_usage").asDouble(0) - systemBefore;
        if (systemDelta <= 0 || cpuDelta < 0) {
            return 0.0;
        }
        return cpuDelta / systemDelta * onlineCpus(stats) * 100.0;
    }

    static int onlineCpus(JsonNode stats) {
        int online = stats.path("cpu_stats").path("online_cpus").asInt(0);
        if (online > 0) {
            return online;
        }
        int perCpu = stats.path("cpu_stats").path("cpu_usage").path("percpu_usage").size();
        return perCpu > 0 ? perCpu : 1;
    }

    /** Usage minus the inactive page cache, as the CLI shows it since Docker 19.03. */
    static long memoryUsed(JsonNode stats) {
        JsonNode memory = stats.path("memory_stats");
        long usage = memory.path("usage").asLong(0);
        JsonNode detail = memory.path("stats");
        long cache = detail.has("total_inactive_file") ? detail.path("total_inactive_file").asLong(0)
            : detail.path("inactive_file").asLong(0);
        return cache < usage ? usage - cache : usage;
    }

    static long memoryLimit(JsonNode stats) {
        return stats.path("memory_stats").path("limit").asLong(0);
    }

    /** Bytes received ({@code rx}) or sent ({@code tx}) over every interface. */
    static long network(JsonNode stats, String direction) {
        long sum = 0;
        for (JsonNode network : stats.path("networks")) {
            sum += network.path(direction + "_bytes").asLong(0);
        }
        return sum;
    }

    /** Bytes read or written ({@code read} or {@code write}; cgroup v1 capitalizes the op). */
    static long block(JsonNode stats, String op) {
        long sum = 0;
        for (JsonNode entry : stats.path("blkio_stats").path("io_service_bytes_recursive")) {
            if (op.equalsIgnoreCase(entry.path("op").asText())) {
                sum += entry.path("value").asLong(0);
            }
        }
        return sum;
    }
}
