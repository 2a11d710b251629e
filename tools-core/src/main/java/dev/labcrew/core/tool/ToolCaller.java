package dev.labcrew.core.tool;

import dev.labcrew.core.approval.RequestContext;
import java.util.Map;

/**
 * Something that calls tools for one request: a {@link ToolRuntime} itself, or a router in front of several
 * runtimes (one per Proxmox cluster). Never throws for a failure a user or model can cause.
 */
@FunctionalInterface
public interface ToolCaller {
    ToolResult call(String name, Map<String, ?> arguments, RequestContext request);
}
