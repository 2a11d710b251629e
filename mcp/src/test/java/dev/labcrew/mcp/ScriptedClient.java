package dev.labcrew.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpLoggableSession;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** The client end of one MCP session, as a handler sees it: its capabilities, and scripted answers to elicitations. */
final class ScriptedClient implements McpLoggableSession {
    final List<ElicitFormRequest> asked = new ArrayList<>();
    private final Supplier<Mono<ElicitResult>> answer;

    private ScriptedClient(Supplier<Mono<ElicitResult>> answer) {
        this.answer = answer;
    }

    /** A client that supports elicitation and answers every question with {@code answer}. */
    static ScriptedClient answering(ElicitResult answer) {
        return new ScriptedClient(() -> Mono.just(answer));
    }

    /** A client that supports elicitation but whose user never answers in time. */
    static ScriptedClient silent() {
        return new ScriptedClient(() -> Mono.error(new RuntimeException(new java.util.concurrent.TimeoutException("no answer"))));
    }

    McpSyncServerExchange exchange() {
        return exchange(ClientCapabilities.builder().elicitation().build());
    }

    /** An exchange whose transport authenticated its request as the token {@code name}. */
    McpSyncServerExchange exchangeAs(String name) {
        return new McpSyncServerExchange(new McpAsyncServerExchange("session-" + name, this, ClientCapabilities.builder().elicitation().build(),
            new McpSchema.Implementation("test-client", "1.0"), McpTransportContext.create(java.util.Map.of(McpTools.IDENTITY, name)),
            McpJsonDefaults.getSchemaValidator()));
    }

    static McpSyncServerExchange withoutElicitation() {
        return new ScriptedClient(() -> Mono.error(new AssertionError("must not ask"))).exchange(ClientCapabilities.builder().build());
    }

    private McpSyncServerExchange exchange(ClientCapabilities capabilities) {
        return new McpSyncServerExchange(new McpAsyncServerExchange("session-1", this, capabilities,
            new McpSchema.Implementation("test-client", "1.0"), McpTransportContext.EMPTY, McpJsonDefaults.getSchemaValidator()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Mono<T> sendRequest(String method, Object params, TypeRef<T> type) {
        if (!McpSchema.METHOD_ELICITATION_CREATE.equals(method)) {
            return Mono.error(new AssertionError("unexpected request " + method));
        }
        asked.add((ElicitFormRequest) params);
        return (Mono<T>) answer.get();
    }

    @Override
    public Mono<Void> sendNotification(String method, Object params) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    @Override
    public void close() {
    }

    @Override
    public void setMinLoggingLevel(McpSchema.LoggingLevel level) {
    }

    @Override
    public boolean isNotificationForLevelAllowed(McpSchema.LoggingLevel level) {
        return true;
    }
}
