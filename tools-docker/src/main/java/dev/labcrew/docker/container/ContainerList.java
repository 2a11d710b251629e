package dev.labcrew.docker.container;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The containers of one Docker engine, troubled ones first (restarting, unhealthy, failed), then by name.
 *
 * @param host the engine's name
 * @param statusFilter the state asked for, or null for all
 */
public record ContainerList(String host, List<ContainerRow> containers, String statusFilter) implements TextResult {
    public ContainerList {
        containers = List.copyOf(containers);
    }

    @Override
    public String toText() {
        return ContainerText.list(this);
    }
}
