package dev.labcrew.cli;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the MCP SDK's JSON mapper, and Jackson's readers and writers for the first messages of a session, on another
 * thread while the command line is parsed: a sample {@code initialize} request is read and a sample answer to it and
 * to {@code tools/list} written. In a cold JVM that work took about a third of the time to the first answers, and
 * parsing the command line leaves the second core idle. The mapper is the SDK's shared default, so the server that
 * the command starts gets it ready (or waits for it); nothing read or written here leaves this class.
 */
final class McpWarmup {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"elicitation\":{}},\"clientInfo\":{\"name\":\"warmup\","
        + "\"version\":\"0\"}}}";

    private McpWarmup() {
    }

    /** Starts the warm-up on a daemon thread; its failure is only a colder start, so it is not reported. */
    static CompletableFuture<Void> start() {
        return Futures.async("labcrew-mcp-warmup", () -> {
            warm();
            return null;
        });
    }

    /** Reads and writes the sample messages with the SDK's default mapper. */
    static void warm() {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        try {
            McpSchema.JSONRPCRequest request = (McpSchema.JSONRPCRequest) McpSchema.deserializeJsonRpcMessage(mapper, INITIALIZE);
            McpSchema.InitializeRequest initialize = mapper.convertValue(request.params(), new TypeRef<McpSchema.InitializeRequest>() {
            });
            McpSchema.InitializeResult answer = new McpSchema.InitializeResult(initialize.protocolVersion(),
                McpSchema.ServerCapabilities.builder().tools(true).logging().build(), new McpSchema.Implementation("labcrew", "0"),
                "instructions");
            McpSchema.Tool tool = McpSchema.Tool.builder().name("tool").description("A tool.")
                .inputSchema(new McpSchema.JsonSchema("object", Map.of("vmid", Map.of("type", "integer")), List.of("vmid"), false,
                    null, null))
                .annotations(new McpSchema.ToolAnnotations("Tool", true, false, true, false, null)).build();
            mapper.writeValueAsString(new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), answer, null));
            mapper.writeValueAsString(new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, 1,
                new McpSchema.ListToolsResult(List.of(tool), null), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
