package dev.labcrew.mcp;

import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest faithful MCP form of a tool: parameters with their type and a description only where it
 * says something, {@code required} only when something is, and one risk hint (read-only, or destructive or
 * not; the open world and non-idempotence are the protocol's defaults), because every token of {@code tools/list} is paid on every turn of the model.
 */
final class CompactSchema {
    private CompactSchema() {
    }

    /** The input schema of {@code tool} without the parameters {@code shared} says once for all tools. */
    static Map<String, Object> inputSchema(ToolDefinition tool, SharedParams shared, Map<String, String> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ToolParam param : tool.params()) {
            if (shared.omits(tool, param)) {
                continue;
            }
            properties.put(param.name(), property(param.type(), shared.describes(tool, param) ? "" : param.description()));
            if (param.required()) {
                required.add(param.name());
            }
        }
        extra.forEach((name, description) -> properties.put(name, property("string", description)));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        return schema;
    }

    /** Hints from the risk: read-only, or whether the change is destructive; the other hints keep their defaults. */
    static ToolAnnotations annotations(ToolDefinition tool) {
        if (tool.risk() == Risk.READ_ONLY) {
            return ToolAnnotations.builder().readOnlyHint(true).build();
        }
        // destructiveHint is said even where it is the default: clients that confirm destructive calls look for it.
        // idempotentHint stays at its default (false): a client then never repeats a change on its own.
        return ToolAnnotations.builder().destructiveHint(tool.risk() == Risk.DESTRUCTIVE).build();
    }

    private static Map<String, Object> property(String type, String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", type);
        if (description != null && !description.isBlank()) {
            property.put("description", description);
        }
        return property;
    }
}
