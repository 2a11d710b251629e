package dev.labcrew.agents.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.model.chat.ChatModel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI-compatible chat completions endpoint over real HTTP (WireMock) that serves scripted
 * replies in order, one per request, so the real {@code langchain4j-open-ai} client is in the loop.
 * Past the end of the script it answers 500.
 */
final class ScriptedOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private int calls;

    ScriptedOpenAi() {
        server.start();
    }

    /** Serves {@code replies} in order, replacing any earlier script. */
    ScriptedOpenAi script(String... replies) {
        server.resetAll();
        for (int i = 0; i < replies.length; i++) {
            server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).inScenario("script")
                .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i).willSetStateTo("step-" + (i + 1))
                .willReturn(okJson(replies[i])));
        }
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(10)
            .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"the script has no more replies\"}}")));
        return this;
    }

    /** Answers every request with this status and error, as a server refusing the key does. */
    ScriptedOpenAi failing(int status, String message) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"" + message + "\"}}")));
        return this;
    }

    /** A reply calling one tool with the given JSON arguments (passed through as the model wrote them). */
    static String toolCall(String tool, String arguments) {
        return toolCalls(tool, arguments);
    }

    /** A reply calling several tools at once: tool name, arguments, tool name, arguments... */
    static String toolCalls(String... toolAndArguments) {
        List<Map<String, Object>> toolCalls = new ArrayList<>();
        for (int i = 0; i < toolAndArguments.length; i += 2) {
            toolCalls.add(Map.of("id", "call_" + i / 2 + "_" + toolAndArguments[i], "type", "function",
                "function", Map.of("name", toolAndArguments[i], "arguments", toolAndArguments[i + 1])));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", null);
        message.put("tool_calls", toolCalls);
        return completion(message, "tool_calls");
    }

    static String answer(String text) {
        return completion(Map.of("role", "assistant", "content", text), "stop");
    }

    private static String completion(Map<String, Object> message, String finishReason) {
        return write(Map.of("id", "chatcmpl-test", "object", "chat.completion", "created", 1_700_000_000L, "model", "gpt-test",
            "choices", List.of(Map.of("index", 0, "message", message, "finish_reason", finishReason)),
            "usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15)));
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/v1";
    }

    /** The model as a user configures it: LABCREW_MODEL=openai:gpt-test with this server as OPENAI_BASE_URL. */
    ChatModel model() {
        return ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "openai:gpt-test", "OPENAI_BASE_URL", baseUrl(), "OPENAI_API_KEY", "test"))
            .chatModel();
    }

    /** The request bodies the model received, oldest first. */
    List<JsonNode> requests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream().map(r -> read(r.getBodyAsString())).toList();
    }

    /** The contents of the tool result messages in a request, in order. */
    static List<String> toolResults(JsonNode request) {
        return messages(request, "tool").stream().map(m -> m.path("content").asText()).toList();
    }

    /** The text of the messages with this role in a request. */
    static List<JsonNode> messages(JsonNode request, String role) {
        List<JsonNode> found = new ArrayList<>();
        request.path("messages").forEach(m -> {
            if (role.equals(m.path("role").asText())) {
                found.add(m);
            }
        });
        return found;
    }

    /** The names of the tools offered in a request. */
    static List<String> toolNames(JsonNode request) {
        List<String> names = new ArrayList<>();
        request.path("tools").forEach(t -> names.add(t.path("function").path("name").asText()));
        return names;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
