package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code --metrics HOST:PORT}: the meters of real tool calls in Prometheus text format, with bounded tags. */
class MetricsEndpointTest {
    @Test
    void should_serve_tool_calls_in_prometheus_text_with_descriptions_and_bounded_tool_names() throws Exception {
        try (MetricsEndpoint endpoint = MetricsEndpoint.start("127.0.0.1:0")) {
            Cli.run("tools", "call", "list_lxc_containers", "--demo");
            Cli.run("tools", "call", "no_such_tool_" + System.nanoTime(), "--demo");

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(page.body()).contains("# HELP labcrew_tool_calls_seconds Tool calls by tool and outcome")
                .containsPattern("labcrew_tool_calls_seconds_count\\{outcome=\"ok\",tool=\"list_lxc_containers\"} [1-9]")
                .contains("tool=\"unknown\"").doesNotContain("no_such_tool_");
        }
    }

    @Test
    void should_refuse_an_address_without_a_port_in_one_line() {
        assertThatThrownBy(() -> MetricsEndpoint.start("127.0.0.1")).isInstanceOf(LabcrewException.class)
            .hasMessageContaining("--metrics needs HOST:PORT");
    }
}
