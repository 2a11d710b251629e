package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code labcrew mcp --http 127.0.0.1:0 --demo} with a bearer token, reached over Streamable HTTP. */
class McpOverHttpTest extends McpClientContract {
    private static final Path HOME = tempHome("labcrew-mcp-http");
    private static final String TOKEN = "test-token-4f1c9a";
    private static LabcrewJvm server;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = new HashMap<>(xdg(HOME));
        env.put(McpCommand.TOKEN_ENV, TOKEN);
        server = LabcrewJvm.startHttp(env, "mcp", "--http", "127.0.0.1:0", "--demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    JsonNode runClient(Map<String, Object> plan) throws Exception {
        return NodeMcpClient.run(http(plan, TOKEN));
    }

    private static Map<String, Object> http(Map<String, Object> plan, String token) {
        Map<String, Object> http = new HashMap<>(plan);
        http.put("transport", "http");
        http.put("url", server.url());
        if (token != null) {
            http.put("token", token);
        }
        return http;
    }

    @Override
    Path stateHome() {
        return HOME.resolve("state");
    }

    @Test
    void should_refuse_the_typescript_client_without_a_token_or_with_a_wrong_one() throws Exception {
        for (String token : new String[] {null, "wrong-token"}) {
            JsonNode refused = NodeMcpClient.run(http(Map.of("steps", List.of()), token));
            assertThat(refused.path("connectError").asText()).as("token " + token).contains("401");
        }
    }

    @Test
    void should_answer_401_to_a_request_without_the_right_bearer_token() throws Exception {
        assertThat(post(null, null).statusCode()).isEqualTo(401);
        assertThat(post("Bearer wrong-token", null).statusCode()).isEqualTo(401);
        assertThat(post("Bearer " + TOKEN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void should_refuse_a_request_from_a_foreign_web_origin() throws Exception {
        assertThat(post("Bearer " + TOKEN, "https://evil.example").statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> post(String authorization, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url()))
            .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"0\"}}}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
