package dev.labcrew.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labcrew notify test}: one message per configured channel, and which answered. */
class NotifyCommandTest {
    @TempDir
    Path home;

    @Test
    void should_say_which_channel_answered_and_fail_when_one_did_not() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(post("/").willReturn(okJson("{\"id\":\"1\"}")));
            server.stubFor(post("/botT/sendMessage").willReturn(aResponse().withStatus(401).withBody("{\"ok\":false,\"description\":\"Unauthorized\"}")));
            Map<String, String> env = Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "LABCREW_NTFY_URL", server.baseUrl(), "LABCREW_NTFY_TOPIC", "t", "LABCREW_TELEGRAM_API_URL", server.baseUrl(),
                "LABCREW_TELEGRAM_BOT_TOKEN", "T", "LABCREW_TELEGRAM_CHAT_ID", "1", "LABCREW_NOTIFY_RETRY_MS", "1");

            Cli cli = Cli.run(env, "notify", "test");

            assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
            assertThat(cli.out()).contains("ntfy: answered").contains("telegram: FAILED HTTP 401").doesNotContain("botT");
            server.verify(1, postRequestedFor(urlPathEqualTo("/")));
            assertThat(Cli.run(Map.of("XDG_CONFIG_HOME", home.resolve("none").toString()), "notify", "test").out())
                .contains("No notification channel configured");
        } finally {
            server.stop();
        }
    }
}
