package dev.labcrew.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;

/**
 * Who is behind one MCP session, as the transport authenticated them: the name of the bearer token an
 * HTTP client presented (put into the transport context under {@link McpTools#IDENTITY}), else the
 * server's own identity (over stdio, the OS account running both ends). Never the name a client
 * announces for itself.
 */
final class McpIdentity {
    private McpIdentity() {
    }

    static String of(McpSyncServerExchange exchange, String fallback) {
        McpTransportContext context = exchange == null ? null : exchange.transportContext();
        Object name = context == null ? null : context.get(McpTools.IDENTITY);
        return name instanceof String s && !s.isBlank() ? s : fallback;
    }
}
