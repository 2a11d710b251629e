package dev.labcrew.docker.image;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.DockerHosts;

/** Registers the implementation of {@code prune_docker_images}; it stays package-private, behind the runtime's gate. */
public final class ImageActions {
    /** The class declaring the changing image tools, for a catalog. */
    public static final Class<?>[] TOOL_CLASSES = {ImageChangeTools.class};

    private ImageActions() {
    }

    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, DockerHosts hosts) {
        return builder.action("prune_docker_images", new PruneImages(hosts));
    }
}
