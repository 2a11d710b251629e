package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.testkit.docker.FakeDocker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unix-socket transport (junixsocket under OkHttp), against FakeDocker served on a socket file. */
class UnixSocketTest {
    @Test
    void should_talk_to_an_engine_over_its_unix_socket() throws Exception {
        Path dir = Files.createTempDirectory("lc");
        try (FakeDocker fake = FakeDocker.builder().unixSocket(dir.resolve("docker.sock")).build().start();
             DockerClient client = DockerClient.create(DockerConfig.builder().host(fake.unixHost()).build())) {
            assertThat(client.apiVersion()).isEqualTo("1.52");
            assertThat(client.get("/containers/json", Map.of("all", "true")).size()).isEqualTo(7);
            assertThat(fake.requests()).extracting(r -> r.path()).containsExactly("/version", "/v1.52/containers/json");
        }
    }

    @Test
    void should_report_a_missing_socket_as_unreachable_naming_docker_host() {
        try (DockerClient client = DockerClient.create(DockerConfig.builder().host("unix:///nonexistent/docker.sock").build())) {
            DockerException e = catchThrowableOfType(DockerException.class, () -> client.get("/info", Map.of()));
            assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
            assertThat(e.getMessage()).contains("/nonexistent/docker.sock");
            assertThat(e.hint()).contains("DOCKER_HOST");
        }
    }
}
