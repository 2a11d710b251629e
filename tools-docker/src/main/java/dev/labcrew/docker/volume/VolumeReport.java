package dev.labcrew.docker.volume;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The volumes of one engine, unused and biggest first.
 *
 * @param sizeNote null, or why sizes are missing
 * @param warnings the engine's own warnings about volumes
 */
public record VolumeReport(String host, List<VolumeRow> volumes, String sizeNote, List<String> warnings) implements TextResult {
    public VolumeReport {
        volumes = List.copyOf(volumes);
        warnings = List.copyOf(warnings);
    }

    /** Summed size of the volumes no container mounts (those whose size is known). */
    public long unusedSize() {
        return volumes.stream().filter(v -> v.unused() && v.size() > 0).mapToLong(VolumeRow::size).sum();
    }

    @Override
    public String toText() {
        return VolumeText.render(this);
    }
}
