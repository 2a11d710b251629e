package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A tcp:// engine without TLS is named as cleartext and warned about each time the settings are read. */
class CleartextEngineTest {

    private static String logOf(Supplier<?> work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.get();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_warn_about_a_tcp_engine_without_tls_on_every_read() {
        Map<String, String> settings = Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375");

        String log = logOf(() -> {
            DockerConfig.fromEnv(settings);
            return DockerConfig.fromEnv(settings);
        });

        assertThat(log.split("without TLS", -1)).as(log).hasSize(3);
        assertThat(log).contains("tcp://10.0.0.5:2375").contains("DOCKER_TLS_VERIFY=1");
        assertThat(DockerConfig.fromEnv(settings).isCleartext()).isTrue();
    }

    @Test
    void should_warn_about_a_named_engine_without_tls() {
        String log = logOf(() -> DockerHosts.fromSettings(Map.of("LABCREW_DOCKER_HOSTS", "media=tcp://10.0.0.6:2375"), null));

        assertThat(log).contains("Docker engine media at tcp://10.0.0.6:2375 without TLS");
    }

    @Test
    void should_not_warn_with_tls_or_a_unix_socket() {
        Map<String, String> tls = Map.of("DOCKER_HOST", "tcp://nas.lan:2376", "DOCKER_TLS_VERIFY", "1",
            "DOCKER_CERT_PATH", "/etc/docker/certs");
        Map<String, String> socket = Map.of("DOCKER_HOST", "unix:///var/run/docker.sock");

        String log = logOf(() -> java.util.List.of(DockerConfig.fromEnv(tls), DockerConfig.fromEnv(socket)));

        assertThat(log).doesNotContain("without TLS");
        assertThat(DockerConfig.fromEnv(tls).isCleartext()).isFalse();
        assertThat(DockerConfig.fromEnv(socket).isCleartext()).isFalse();
    }
}
