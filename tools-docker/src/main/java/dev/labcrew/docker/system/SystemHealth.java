package dev.labcrew.docker.system;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The health of one engine: what it is, how full it is, and what is wrong.
 *
 * @param apiVersion the API version spoken with it (negotiated)
 * @param engineApiVersion the newest API version it speaks
 * @param cgroupVersion {@code 1} or {@code 2}, or empty when the engine does not say
 * @param warnings the engine's own warnings ({@code /info}) followed by Labcrew's (crash loops, unhealthy, disk)
 */
public record SystemHealth(String host, String engineVersion, String apiVersion, String engineApiVersion, String os,
                           String kernel, String storageDriver, String cgroupVersion, String rootDir, int cpus,
                           long memTotal, int running, int paused, int stopped, int images, DiskUsage disk,
                           List<String> warnings) implements TextResult {
    public SystemHealth {
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toText() {
        return SystemText.render(this);
    }
}
