package dev.labcrew.mcp;

import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.tool.ToolCaller;
import dev.labcrew.core.tool.ToolResult;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one MCP tool call through the caller (a runtime) with the gate of that request. Whatever happens
 * becomes a result: an exception escaping a handler would reach the client as a protocol error
 * instead of a message the model can read.
 */
final class McpToolCall implements BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> {
    private static final Logger LOG = LoggerFactory.getLogger(McpToolCall.class);

    private final Redactor redactor;
    private final ToolCaller caller;

    McpToolCall(Redactor redactor, ToolCaller caller) {
        this.redactor = redactor;
        this.caller = caller;
    }

    @Override
    public CallToolResult apply(McpSyncServerExchange exchange, CallToolRequest request) {
        try {
            RequestContext context = new RequestContext(exchange);
            Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
            ToolResult result = caller.call(request.name(), arguments, context);
            String note = String.join("", context.notes());
            return result(note + result.text(), result.isError());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            LOG.warn("MCP call of {} failed", request.name(), e);
            return result(redactor.redact("ERROR: " + request.name() + " failed inside Labcrew: " + e
                + "\nhint: this is a bug in Labcrew; please report it"), true);
        }
    }

    static CallToolResult result(String text, boolean isError) {
        return CallToolResult.builder().addTextContent(text).isError(isError).build();
    }
}
