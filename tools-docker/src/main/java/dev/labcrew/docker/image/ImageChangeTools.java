package dev.labcrew.docker.image;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.HashMap;
import java.util.Map;

/**
 * Removing images, through the {@link ToolRuntime} and its approval gate; this class holds nothing else.
 */
public final class ImageChangeTools {
    private final ToolRuntime runtime;

    public ImageChangeTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "prune_docker_images", value = "Remove unused Docker images.")
    @ToolRisk(Risk.DESTRUCTIVE)
    public ToolResult pruneDockerImages(
            @P(value = "Docker host name; the default host when omitted", required = false) String host,
            @P(value = "also unused tagged images", required = false) Boolean all,
            @P(value = "key or key=value", required = false) String label,
            @P(value = "why, shown to the human who approves", required = false) String reason,
            @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        Map<String, Object> args = new HashMap<>();
        put(args, "host", host);
        put(args, "all", all);
        put(args, "label", label);
        put(args, "reason", reason);
        put(args, "dry_run", dryRun);
        return runtime.call("prune_docker_images", args);
    }

    private static void put(Map<String, Object> args, String key, Object value) {
        if (value != null) {
            args.put(key, value);
        }
    }
}
