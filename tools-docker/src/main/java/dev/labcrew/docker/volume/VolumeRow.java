package dev.labcrew.docker.volume;

import java.util.List;

/**
 * One volume.
 *
 * @param size bytes as the engine's disk usage reports it, or -1 when it does not (remote drivers, old engines)
 * @param usedBy names of the containers, running or not, that mount it
 */
public record VolumeRow(String name, String driver, long size, List<String> usedBy, String created) {
    public VolumeRow {
        usedBy = List.copyOf(usedBy);
    }

    public boolean unused() {
        return usedBy.isEmpty();
    }
}
