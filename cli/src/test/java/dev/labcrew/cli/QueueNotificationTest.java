package dev.labcrew.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A proposal entering the queue notifies once, with each approver's signed link; a failing channel loses nothing. */
class QueueNotificationTest {
    private final WireMockServer hook = new WireMockServer(options().dynamicPort());

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        hook.start();
    }

    @AfterEach
    void stop() {
        hook.stop();
    }

    private Map<String, String> env(String url) {
        Map<String, String> env = new HashMap<>(Map.of("XDG_STATE_HOME", home.resolve("state").toString(),
            "XDG_CONFIG_HOME", home.resolve("config").toString(), "LABCREW_WEBHOOK_URL", url, "LABCREW_WEBHOOK_SECRET", "k",
            "LABCREW_APPROVAL_URL", "https://lab.example/approvals", "LABCREW_NOTIFY_RETRY_MS", "10"));
        return env;
    }

    @Test
    void should_notify_once_per_new_proposal_with_a_signed_link_for_each_approver() {
        hook.stubFor(post("/hook").willReturn(ok()));
        Map<String, String> env = env(hook.baseUrl() + "/hook");
        Cli.run(env, "approvers", "add", "alice", "--demo");

        String id = PageFixture.pendingId(Cli.run(env, "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue"));
        Cli.run(env, "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");

        assertThat(hook.findAll(postRequestedFor(urlPathEqualTo("/hook")))).singleElement().satisfies(r ->
            assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).contains("\"id\":\"" + id + "\"")
                .contains("https://lab.example/approvals/p/" + id + "?as=alice&until=").contains("\"approver\":\"alice\""));
        assertThat(Cli.run(env, "doctor", "--demo").out()).containsPattern("(?i)notif.*webhook.*ok");
    }

    @Test
    void should_queue_the_proposal_when_the_webhook_fails_and_say_so_in_doctor() {
        hook.stubFor(post("/hook").willReturn(aResponse().withStatus(500)));
        Map<String, String> env = env(hook.baseUrl() + "/hook");

        Cli queued = Cli.run(env, "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");

        assertThat(queued.exitCode()).as(queued.all()).isEqualTo(Labcrew.PENDING);
        assertThat(queued.err()).contains("webhook notification").contains("failed").contains("HTTP 500");
        assertThat(hook.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(3);
        assertThat(Cli.run(env, "approvals", "list", "--demo").out()).contains("restart_lxc");
        Cli doctor = Cli.run(env, "doctor", "--demo");
        assertThat(doctor.out()).containsPattern("(?i)notif.*webhook.*failed");
        assertThat(doctor.exitCode()).isEqualTo(2);
    }

    @Test
    void should_notify_when_a_triage_finds_something_critical() {
        hook.stubFor(post("/hook").willReturn(ok()));

        Cli triage = Cli.run(env(hook.baseUrl() + "/hook"), "triage", "--demo", "--approve", "never");

        assertThat(triage.out()).as(triage.all()).contains("CRITICAL");
        assertThat(hook.findAll(postRequestedFor(urlPathEqualTo("/hook")))).singleElement().satisfies(r ->
            assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).contains("\"event\":\"finding.critical\"")
                .contains("\"risk\":\"CRITICAL\"").contains("ct/"));
    }
}
