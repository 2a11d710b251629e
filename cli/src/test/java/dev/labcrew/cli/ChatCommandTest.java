package dev.labcrew.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labcrew chat} with the real OpenAI client against a scripted model over HTTP, on the demo lab. */
class ChatCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";

    @TempDir
    Path home;

    private final WireMockServer model = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        model.stop();
    }

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
            "USER", "tester", "LABCREW_MODEL", "openai:gpt-test", "OPENAI_API_KEY", "test",
            "OPENAI_BASE_URL", "http://localhost:" + model.port() + "/v1");
    }

    @Test
    void should_ask_inline_and_give_the_denial_reason_to_the_model() throws Exception {
        model.start();
        script("""
            {"choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,"tool_calls":[
              {"id":"call_1","type":"function","function":{"name":"restart_lxc","arguments":"{\\"vmid\\": 200, \\"reason\\": \\"you asked\\"}"}}]}}]}""",
            """
            {"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Not restarted: you said not now."}}]}""");

        Cli cli = Cli.withTerminal(env(), "please restart 200\nn\nnot now\nexit\n", "chat", "--demo");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.err()).contains("labcrew chat with openai:gpt-test").contains("PROPOSED restart_lxc on ct/200@pve1 (MUTATING)")
            .contains("reason given by the caller (not checked by Labcrew): you asked").contains("Approve? [y/N]");
        assertThat(cli.out()).contains("Not restarted: you said not now.").doesNotContain("PROPOSED");
        List<JsonNode> requests = requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("tools").size()).isGreaterThanOrEqualTo(17);
        assertThat(toolResults(requests.get(1))).singleElement().asString().startsWith("DENIED by " + dev.labcrew.core.approval.OsAccount.current() + ": not now");
        assertThat(Cli.run(env(), "audit", "--demo").out()).contains("DECIDED").doesNotContain("STARTED");
    }

    @Test
    void should_say_in_one_line_that_no_model_is_configured_and_offer_triage() {
        Cli cli = Cli.withTerminal(Map.of(), "hello\n", "chat", "--demo");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("no model configured").contains("LABCREW_MODEL")
            .contains("labcrew triage");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void should_reject_a_malformed_model_setting_with_a_hint() {
        Cli cli = Cli.withTerminal(Map.of("LABCREW_MODEL", "gpt-4o"), "hello\n", "chat", "--demo");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("LABCREW_MODEL 'gpt-4o' is not openai:MODEL").contains("hint: e.g. LABCREW_MODEL=");
    }

    private void script(String... replies) {
        for (int i = 0; i < replies.length; i++) {
            model.stubFor(post(urlPathEqualTo(PATH)).inScenario("chat").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
                .willSetStateTo("step-" + (i + 1)).willReturn(okJson(replies[i])));
        }
    }

    private List<JsonNode> requests() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (var request : model.findAll(postRequestedFor(urlPathEqualTo(PATH)))) {
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    private static List<String> toolResults(JsonNode request) {
        List<String> results = new ArrayList<>();
        request.path("messages").forEach(m -> {
            if ("tool".equals(m.path("role").asText())) {
                results.add(m.path("content").asText());
            }
        });
        return results;
    }
}
