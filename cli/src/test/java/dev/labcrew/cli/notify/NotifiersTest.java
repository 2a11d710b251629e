package dev.labcrew.cli.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each channel against a local server that checks the request as the service documents it. */
class NotifiersTest {
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @TempDir
    Path state;

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static Notice notice() {
        return new Notice("proposal.queued", "k3x9", "restart_lxc", "ct/200@pve1", "MUTATING", "restart_lxc on ct/200@pve1 (MUTATING)",
            "PROPOSED restart_lxc on ct/200@pve1 (MUTATING)\n", List.of("running -> restarted"), "nothing to undo", "OOM risk", 1,
            Instant.parse("2026-12-05T10:00:00Z"), Instant.parse("2026-12-12T10:00:00Z"),
            List.of(new Notice.Link("alice", "https://lab.example/p/k3x9?as=alice&until=1&sig=aa"),
                new Notice.Link("bob", "https://lab.example/p/k3x9?as=bob&until=1&sig=bb")), "https://lab.example/");
    }

    private Notifier only(Map<String, String> settings) {
        List<Notifier> all = Notifiers.configured(settings);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void should_post_the_documented_json_signed_with_hmac_sha256_of_the_raw_body() throws IOException {
        server.stubFor(post("/hook").willReturn(ok()));
        only(Map.of("LABCREW_WEBHOOK_URL", server.baseUrl() + "/hook", "LABCREW_WEBHOOK_SECRET", "s3cret")).send(notice());

        LoggedRequest request = server.findAll(postRequestedFor(urlPathEqualTo("/hook"))).get(0);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("X-Labcrew-Signature"))
            .isEqualTo("sha256=" + WebhookNotifier.sign("s3cret", request.getBody()));
        assertThat(request.getHeader("X-Labcrew-Signature")).isNotEqualTo("sha256=" + WebhookNotifier.sign("other", request.getBody()));
        assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).satisfies(body -> assertThat(body)
            .contains("\"event\":\"proposal.queued\"", "\"id\":\"k3x9\"", "\"risk\":\"MUTATING\"", "\"reason\":\"OOM risk\"",
                "\"approver\":\"bob\"", "\"expires_at\":\"2026-12-12T10:00:00Z\""));
    }

    @Test
    void should_retry_a_webhook_after_a_server_error_and_give_up_on_a_client_error() throws IOException {
        server.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
        server.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs("up").willReturn(ok()));
        Map<String, String> settings = Map.of("LABCREW_WEBHOOK_URL", server.baseUrl() + "/hook", "LABCREW_NOTIFY_RETRY_MS", "10");
        only(settings).send(notice());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(2);

        server.resetAll();
        server.stubFor(post("/hook").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> only(settings).send(notice())).hasMessageContaining("HTTP 404");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(1);
    }

    @Test
    void should_publish_to_ntfy_as_json_with_token_priority_tags_click_and_a_view_action_per_approver() throws IOException {
        server.stubFor(post("/").willReturn(okJson("{\"id\":\"x\"}")));
        only(Map.of("LABCREW_NTFY_URL", server.baseUrl(), "LABCREW_NTFY_TOPIC", "lab-approvals", "LABCREW_NTFY_TOKEN", "tk_abc")).send(notice());

        server.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("Authorization", equalTo("Bearer tk_abc")));
        server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(equalToJson("""
            {"topic":"lab-approvals","title":"Approval needed: restart_lxc on ct/200@pve1 (MUTATING) (for alice)",
             "message":"PROPOSED restart_lxc on ct/200@pve1 (MUTATING)\\n","priority":4,"tags":["warning","labcrew"],
             "click":"https://lab.example/p/k3x9?as=alice&until=1&sig=aa",
             "actions":[{"action":"view","label":"Review and decide","url":"https://lab.example/p/k3x9?as=alice&until=1&sig=aa","clear":true}]}
            """)));
    }

    @Test
    void should_send_a_telegram_message_with_an_inline_url_button_and_fail_when_the_api_says_not_ok() throws IOException {
        server.stubFor(post("/bot123:ABC/sendMessage").willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}")));
        Map<String, String> settings = Map.of("LABCREW_TELEGRAM_API_URL", server.baseUrl(), "LABCREW_TELEGRAM_BOT_TOKEN", "123:ABC",
            "LABCREW_TELEGRAM_CHAT_ID", "-1001");
        only(settings).send(notice());

        server.verify(postRequestedFor(urlPathEqualTo("/bot123:ABC/sendMessage")).withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("""
                {"chat_id":"-1001","text":"Approval needed: restart_lxc on ct/200@pve1 (MUTATING) (for bob)\\n\\nPROPOSED restart_lxc on ct/200@pve1 (MUTATING)\\n",
                 "reply_markup":{"inline_keyboard":[[{"text":"Review and decide","url":"https://lab.example/p/k3x9?as=bob&until=1&sig=bb"}]]}}
                """)));
        server.stubFor(post("/bot123:ABC/sendMessage").willReturn(okJson("{\"ok\":false,\"description\":\"Bad Request: chat not found\"}")));
        assertThatThrownBy(() -> only(settings).send(notice())).hasMessageContaining("chat not found");
    }

    @Test
    void should_report_a_failing_channel_without_throwing_and_remember_it_for_doctor() {
        Path status = state.resolve("notify-status.properties");
        Broadcast broadcast = new Broadcast(Notifiers.configured(Map.of("LABCREW_WEBHOOK_URL", "http://127.0.0.1:1/hook",
            "LABCREW_NOTIFY_RETRY_MS", "1")), status);
        StringWriter log = new StringWriter();

        List<Broadcast.Result> results = broadcast.send(notice(), new PrintWriter(log));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.delivered()).isFalse());
        assertThat(log.toString()).contains("webhook notification for k3x9 failed");
        assertThat(Broadcast.lastStatus(status).getProperty("webhook")).startsWith("failed at");
    }
}
