package dev.labcrew.mcp;

import dev.labcrew.core.tool.ToolDefinition;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.Map;

/** The MCP form of a tool, from the same declaration as its LangChain4j form. */
final class McpToolDescriptions {
    private McpToolDescriptions() {
    }

    /**
     * In its compact form, without the parameters {@code shared} says once in the instructions, and with {@code extra}
     * optional string arguments (name to description) that every tool accepts, e.g. {@code cluster}.
     */
    static Tool describe(ToolDefinition tool, SharedParams shared, Map<String, String> extra) {
        return Tool.builder().name(tool.name()).description(tool.description())
            .inputSchema(CompactSchema.inputSchema(tool, shared, extra)).annotations(CompactSchema.annotations(tool)).build();
    }
}
