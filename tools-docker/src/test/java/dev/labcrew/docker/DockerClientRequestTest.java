package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.labcrew.core.ErrorKind;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact requests the client sends, and how every kind of answer is mapped, against a MockWebServer. */
class DockerClientRequestTest {
    private final MockWebServer server = new MockWebServer();
    private DockerClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = DockerClient.create(DockerConfig.builder().host("tcp://127.0.0.1:" + server.getPort()).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse(status, Headers.of("Content-Type", "application/json", "Api-Version", "1.43"), body);
    }

    private void engine(String max, String min) {
        server.enqueue(json(200, "{\"Version\":\"24.0.7\",\"ApiVersion\":\"" + max + "\",\"MinAPIVersion\":\"" + min + "\"}"));
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void should_negotiate_from_the_unversioned_version_and_prefix_every_later_call() throws Exception {
        engine("1.43", "1.12");
        server.enqueue(json(200, "[]"));
        server.enqueue(json(200, "[]"));

        client.get("/containers/json", Map.of("all", "true"));
        client.get("/images/json", Map.of());

        RecordedRequest version = taken();
        assertThat(version.getMethod()).isEqualTo("GET");
        assertThat(version.getTarget()).isEqualTo("/version");
        assertThat(version.getHeaders().get("User-Agent")).startsWith("labcrew/");
        assertThat(taken().getTarget()).isEqualTo("/v1.43/containers/json?all=true");
        assertThat(taken().getTarget()).isEqualTo("/v1.43/images/json");
        assertThat(client.apiVersion()).isEqualTo("1.43");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void should_speak_its_newest_known_version_to_a_newer_engine() throws Exception {
        engine("1.56", "1.44");
        assertThat(client.apiVersion()).isEqualTo("1.52");
    }

    @Test
    void should_refuse_an_engine_that_needs_a_newer_version_than_it_knows() {
        engine("1.60", "1.55");
        DockerException e = catchThrowableOfType(DockerException.class, client::apiVersion);
        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.getMessage()).contains("needs API 1.55").contains("up to 1.52");
    }

    @Test
    void should_send_post_with_a_json_body_and_an_empty_post_without_one() throws Exception {
        engine("1.41", "1.12");
        server.enqueue(json(201, "{\"Id\":\"abc\",\"Warnings\":[]}"));
        server.enqueue(new MockResponse(204, Headers.of(), ""));

        var created = client.post("/containers/create", Map.of("name", "web"),
            JsonNodeFactory.instance.objectNode().put("Image", "busybox"));
        var started = client.post("/containers/web/start", Map.of());

        taken();
        RecordedRequest create = taken();
        assertThat(create.getTarget()).isEqualTo("/v1.41/containers/create?name=web");
        assertThat(create.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(create.getBody().utf8()).isEqualTo("{\"Image\":\"busybox\"}");
        assertThat(created.path("Id").asText()).isEqualTo("abc");
        RecordedRequest start = taken();
        assertThat(start.getMethod()).isEqualTo("POST");
        assertThat(start.getBodySize()).isZero();
        assertThat(started.isNull()).isTrue();
    }

    @Test
    void should_map_not_found_with_the_daemons_message() {
        engine("1.41", "1.12");
        server.enqueue(json(404, "{\"message\":\"No such container: nope\"}"));
        DockerException e = catchThrowableOfType(DockerException.class, () -> client.get("/containers/nope/json", Map.of()));
        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("No such container: nope (on local)");
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.path()).isEqualTo("/containers/nope/json");
        assertThat(e.hint()).contains("list_docker_containers");
    }

    @Test
    void should_map_conflict_and_server_errors_with_the_daemons_message() {
        engine("1.41", "1.12");
        server.enqueue(json(409, "{\"message\":\"conflict: unable to delete 0123abcd (must be forced) - image is being used\"}"));
        server.enqueue(json(500, "{\"message\":\"cannot restart container web: device or resource busy\"}"));
        DockerException conflict = catchThrowableOfType(DockerException.class, () -> client.delete("/images/0123abcd", Map.of()));
        DockerException broken = catchThrowableOfType(DockerException.class, () -> client.post("/containers/web/restart", Map.of()));
        assertThat(conflict.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(conflict.engineMessage()).contains("image is being used");
        assertThat(broken.kind()).isEqualTo(ErrorKind.REMOTE_ERROR);
        assertThat(broken.getMessage()).contains("HTTP 500").contains("device or resource busy");
    }

    @Test
    void should_mark_not_modified_as_nothing_to_do() {
        engine("1.41", "1.12");
        server.enqueue(new MockResponse(304, Headers.of(), ""));
        DockerException e = catchThrowableOfType(DockerException.class, () -> client.post("/containers/web/start", Map.of()));
        assertThat(e.notModified()).isTrue();
        assertThat(e.getMessage()).contains("already started");
    }

    @Test
    void should_explain_a_refused_api_version() {
        engine("1.41", "1.12");
        server.enqueue(json(400, "{\"message\":\"client version 1.41 is too old. Minimum supported API version is 1.44, "
            + "please upgrade your client to a newer version\"}"));
        DockerException e = catchThrowableOfType(DockerException.class, () -> client.get("/info", Map.of()));
        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE_ERROR);
        assertThat(e.getMessage()).contains("refused the API version").contains("too old");
    }

    @Test
    void should_report_a_body_that_is_not_json_as_malformed() {
        engine("1.41", "1.12");
        server.enqueue(new MockResponse(200, Headers.of("Content-Type", "text/html"), "<html>login</html>"));
        DockerException e = catchThrowableOfType(DockerException.class, () -> client.get("/info", Map.of()));
        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("<html>login");
    }

    @Test
    void should_report_a_version_answer_without_an_api_version_as_malformed() {
        server.enqueue(json(200, "{\"Version\":\"?\"}"));
        DockerException e = catchThrowableOfType(DockerException.class, client::apiVersion);
        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("no ApiVersion");
    }

    @Test
    void should_report_a_closed_port_as_unreachable_naming_docker_host() throws Exception {
        int port = server.getPort();
        server.close();
        try (DockerClient closed = DockerClient.create(DockerConfig.builder().host("tcp://127.0.0.1:" + port).build())) {
            DockerException e = catchThrowableOfType(DockerException.class, closed::apiVersion);
            assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
            assertThat(e.status()).isZero();
            assertThat(e.hint()).contains("DOCKER_HOST");
        }
    }

    @Test
    void should_name_a_host_that_does_not_resolve() {
        try (DockerClient unresolved = DockerClient.create(DockerConfig.builder().host("tcp://no-such-engine.invalid:2375").build())) {
            DockerException e = catchThrowableOfType(DockerException.class, unresolved::apiVersion);
            assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
            assertThat(e.getMessage()).contains("the host name no-such-engine.invalid did not resolve (DNS)");
            assertThat(e.hint()).contains("DOCKER_HOST");
        }
    }
}
