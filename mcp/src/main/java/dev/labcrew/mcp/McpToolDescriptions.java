package dev.labcrew.mcp;

import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;

/** The MCP form of a tool, from the same declaration (and JSON schema) as its LangChain4j form. */
@SuppressWarnings("unchecked")
final class McpToolDescriptions {
    private McpToolDescriptions() {
    }

    static Tool describe(ToolDefinition tool) {
        return describe(tool, Map.of());
    }

    /** With {@code extra} optional string arguments (name to description) that every tool accepts, e.g. {@code cluster}. */
    static Tool describe(ToolDefinition tool, Map<String, String> extra) {
        Map<String, Object> schema = new LinkedHashMap<>(inputSchema(tool));
        if (!extra.isEmpty()) {
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
            extra.forEach((name, description) -> properties.put(name, Map.of("type", "string", "description", description)));
            schema.put("properties", properties);
        }
        return Tool.builder().name(tool.name()).description(tool.description())
            .inputSchema(schema).annotations(annotations(tool)).build();
    }

    /** Hints from the risk. Every tool talks to a lab outside the server, so the world is open. */
    static ToolAnnotations annotations(ToolDefinition tool) {
        return ToolAnnotations.builder()
            .readOnlyHint(tool.risk() == Risk.READ_ONLY)
            .destructiveHint(tool.risk() == Risk.DESTRUCTIVE)
            .idempotentHint(tool.idempotent())
            .openWorldHint(true)
            .build();
    }

    /** MCP requires an object schema even for a tool without parameters. */
    static Map<String, Object> inputSchema(ToolDefinition tool) {
        Map<String, Object> schema = new LinkedHashMap<>(tool.inputSchema());
        schema.putIfAbsent("properties", Map.of());
        return schema;
    }
}
