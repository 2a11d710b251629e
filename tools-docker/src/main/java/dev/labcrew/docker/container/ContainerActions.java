package dev.labcrew.docker.container;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.WaitPolicy;

/**
 * Registers the implementations of the changing container tools with a runtime builder. They stay
 * package-private: the only way to run them is through the built runtime, which asks its gate first.
 */
public final class ContainerActions {
    /** The class declaring the changing container tools, for a catalog. */
    public static final Class<?>[] TOOL_CLASSES = {ContainerPowerTools.class};

    private ContainerActions() {
    }

    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, DockerHosts hosts, WaitPolicy wait) {
        for (PowerChange change : PowerChange.values()) {
            builder.action(change.tool, new PowerAction(change, hosts, wait));
        }
        return builder;
    }
}
