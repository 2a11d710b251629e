package dev.labcrew.docker.container;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/**
 * Start, stop and restart Docker containers. Every method goes through the {@link ToolRuntime}, which
 * asks the approval gate before anything runs; this class holds nothing else, so no call walks around it.
 */
public final class ContainerPowerTools {
    private final ToolRuntime runtime;

    public ContainerPowerTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "start_container", value = "Start a stopped Docker container.")
    @ToolRisk(Risk.MUTATING)
    public ToolResult startContainer(@P("container name or ID") String container,
                                     @P(value = "Docker host name; the default host when omitted", required = false) String host,
                                     @P(value = "why, shown to the human who approves", required = false) String reason,
                                     @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("start_container", ToolArgs.of("container", container, "host", host, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "stop_container", value = "Stop a running Docker container.")
    @ToolRisk(Risk.DESTRUCTIVE)
    public ToolResult stopContainer(@P("container name or ID") String container,
                                    @P(value = "Docker host name; the default host when omitted", required = false) String host,
                                    @P(value = "seconds", required = false) Integer timeout,
                                    @P(value = "why, shown to the human who approves", required = false) String reason,
                                    @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("stop_container", ToolArgs.of("container", container, "host", host, "timeout", timeout, "reason", reason,
            "dry_run", dryRun));
    }

    @Tool(name = "restart_container", value = "Restart a Docker container.")
    @ToolRisk(Risk.MUTATING)
    public ToolResult restartContainer(@P("container name or ID") String container,
                                       @P(value = "Docker host name; the default host when omitted", required = false) String host,
                                       @P(value = "seconds", required = false) Integer timeout,
                                       @P(value = "why, shown to the human who approves", required = false) String reason,
                                       @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("restart_container", ToolArgs.of("container", container, "host", host, "timeout", timeout,
            "reason", reason, "dry_run", dryRun));
    }
}
