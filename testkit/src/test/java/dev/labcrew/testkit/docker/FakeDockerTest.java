package dev.labcrew.testkit.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The simulator answers like the engine it plays, byte for byte where clients depend on it. */
class FakeDockerTest {
  @RegisterExtension
  static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Response call(FakeDocker fake, String method, String path) throws IOException {
    Request request = new Request.Builder().url("http://127.0.0.1:" + fake.port() + path)
        .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0])).build();
    return HTTP.newCall(request).execute();
  }

  private static JsonNode json(FakeDocker fake, String path) throws IOException {
    try (Response response = call(fake, "GET", path)) {
      return JSON.readTree(response.body().string());
    }
  }

  @Test
  void should_refuse_a_client_version_below_docker_29s_minimum_like_the_engine() throws IOException {
    try (Response response = call(docker.fake(), "GET", "/v1.41/containers/json")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(JSON.readTree(response.body().string()).get("message").asText()).isEqualTo(
          "client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version");
    }
  }

  @Test
  void should_refuse_a_version_above_an_old_engines_own() throws IOException {
    try (FakeDocker debian = FakeDocker.builder().engine(Engine.DEBIAN_12).build().start();
         Response response = call(debian, "GET", "/v1.52/info")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("client version 1.52 is too new. Maximum supported API version is 1.41");
    }
  }

  @Test
  void should_answer_ping_and_version_without_a_version_prefix() throws IOException {
    try (Response ping = call(docker.fake(), "GET", "/_ping")) {
      assertThat(ping.body().string()).isEqualTo("OK");
      assertThat(ping.header("Api-Version")).isEqualTo("1.52");
      assertThat(ping.header("Server")).startsWith("Docker/29");
    }
    JsonNode version = json(docker.fake(), "/version");
    assertThat(version.get("ApiVersion").asText()).isEqualTo("1.52");
    assertThat(version.get("MinAPIVersion").asText()).isEqualTo("1.44");
  }

  @Test
  void should_multiplex_logs_with_eight_byte_headers_unless_the_container_has_a_tty() throws IOException {
    try (Response response = call(docker.fake(), "GET", "/v1.52/containers/proxy/logs?stdout=1&stderr=1")) {
      assertThat(response.header("Content-Type")).isEqualTo("application/vnd.docker.multiplexed-stream");
      ByteBuffer body = ByteBuffer.wrap(response.body().bytes());
      assertThat(body.get()).isEqualTo((byte) 1);
      assertThat(new byte[] {body.get(), body.get(), body.get()}).containsOnly(0);
      byte[] first = new byte[body.getInt()];
      body.get(first);
      assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("172.20.0.1 - - \"GET /status.php").endsWith("\n");
      assertThat(body.get()).as("the next frame is stderr").isEqualTo((byte) 2);
    }
    try (Response tty = call(docker.fake(), "GET", "/v1.52/containers/homeassistant/logs?stdout=1&stderr=1")) {
      assertThat(tty.header("Content-Type")).isEqualTo("application/vnd.docker.raw-stream");
      assertThat(tty.body().string()).startsWith("s6-rc: info:");
    }
  }

  @Test
  void should_fill_precpu_stats_unless_asked_for_one_shot() throws IOException {
    JsonNode stats = json(docker.fake(), "/v1.52/containers/jellyfin/stats?stream=false");
    long cpu = stats.at("/cpu_stats/cpu_usage/total_usage").asLong() - stats.at("/precpu_stats/cpu_usage/total_usage").asLong();
    long system = stats.at("/cpu_stats/system_cpu_usage").asLong() - stats.at("/precpu_stats/system_cpu_usage").asLong();
    assertThat(cpu * 4 * 100.0 / system).isEqualTo(97.5);
    assertThat(stats.at("/memory_stats/stats/inactive_file").asLong()).isPositive();
    JsonNode oneShot = json(docker.fake(), "/v1.52/containers/jellyfin/stats?stream=false&one-shot=true");
    assertThat(oneShot.at("/precpu_stats/system_cpu_usage").isMissingNode()).isTrue();
  }

  @Test
  void should_change_state_on_stop_and_start_and_answer_304_when_there_is_nothing_to_do() throws IOException {
    try (FakeDocker fake = FakeDocker.builder().build().start()) {
      try (Response started = call(fake, "POST", "/v1.52/containers/proxy/start")) {
        assertThat(started.code()).isEqualTo(304);
      }
      try (Response stopped = call(fake, "POST", "/v1.52/containers/proxy/stop?t=1")) {
        assertThat(stopped.code()).isEqualTo(204);
      }
      assertThat(json(fake, "/v1.52/containers/proxy/json").at("/State/Status").asText()).isEqualTo("exited");
      try (Response again = call(fake, "POST", "/v1.52/containers/proxy/stop")) {
        assertThat(again.code()).isEqualTo(304);
      }
    }
  }

  @Test
  void should_refuse_to_delete_an_image_a_container_uses_and_remove_a_dangling_one() throws IOException {
    try (FakeDocker fake = FakeDocker.builder().build().start()) {
      try (Response used = call(fake, "DELETE", "/v1.52/images/nginx:1.27-alpine")) {
        assertThat(used.code()).isEqualTo(409);
        assertThat(used.body().string()).contains("image is being used by running container");
      }
      String dangling = json(fake, "/v1.52/images/json").findValues("Id").stream().map(JsonNode::asText)
          .filter(id -> id.startsWith("sha256:")).reduce((a, b) -> b).orElseThrow();
      try (Response deleted = call(fake, "DELETE", "/v1.52/images/" + dangling)) {
        assertThat(JSON.readTree(deleted.body().string()).get(0).get("Deleted").asText()).isEqualTo(dangling);
      }
      assertThat(json(fake, "/v1.52/images/json")).hasSize(10);
    }
  }

  @Test
  void should_climb_the_restart_count_of_a_crash_loop() throws Exception {
    Path file = dir.resolve("loop.json");
    Files.writeString(file, "{\"name\":\"loop\",\"host\":{\"name\":\"h\",\"os\":\"Debian\",\"kernel\":\"6.1\",\"ncpu\":1,\"memTotal\":1073741824},"
        + "\"images\":[{\"tags\":[\"app:1\"],\"size\":1}],\"containers\":[{\"name\":\"app\",\"image\":\"app:1\",\"state\":\"restarting\","
        + "\"restartCount\":5,\"restartEverySeconds\":1,\"exitCode\":1,\"restartPolicy\":\"always\"}]}");
    try (FakeDocker fake = FakeDocker.builder().scenario(DockerScenario.fromFile(file)).build().start()) {
      int before = json(fake, "/v1.52/containers/app/json").get("RestartCount").asInt();
      Thread.sleep(1100);
      assertThat(json(fake, "/v1.52/containers/app/json").get("RestartCount").asInt()).isGreaterThan(before);
      assertThat(json(fake, "/v1.52/containers/app/json").at("/State/Running").asBoolean()).isTrue();
    }
  }

  @Test
  void should_serve_a_unix_socket_too() throws IOException {
    Path socket = Files.createTempDirectory("fd").resolve("docker.sock");
    try (FakeDocker fake = FakeDocker.builder().unixSocket(socket).build().start();
         SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer answer = ByteBuffer.allocate(4096);
      while (channel.read(answer) >= 0 && answer.hasRemaining()) {
        // read until the engine closes
      }
      String text = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
      assertThat(text).startsWith("HTTP/1.1 200").containsIgnoringCase("Api-Version: 1.52").endsWith("OK");
      assertThat(fake.unixHost()).isEqualTo("unix://" + socket);
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void should_inject_errors_and_malformed_bodies_until_cleared() throws IOException {
    docker.fake().faults().error("GET", "/info", 500, "boom").malformedBody("/images/json");
    try (Response info = call(docker.fake(), "GET", "/v1.52/info")) {
      assertThat(info.code()).isEqualTo(500);
      assertThat(info.body().string()).contains("boom");
    }
    try (Response images = call(docker.fake(), "GET", "/v1.52/images/json")) {
      assertThatThrownBy(() -> JSON.readTree(images.body().string())).isInstanceOf(IOException.class);
    }
    docker.fake().faults().clear();
    assertThat(json(docker.fake(), "/v1.52/info").get("ServerVersion").asText()).isEqualTo("29.1.3");
    assertThat(docker.fake().requests()).extracting(RecordedRequest::apiPath).contains("/info", "/images/json");
  }

  @Test
  void should_refuse_unknown_keys_in_a_scenario_file() throws IOException {
    Path file = dir.resolve("typo.json");
    Files.writeString(file, "{\"name\":\"x\",\"contianers\":[]}");
    assertThatThrownBy(() -> DockerScenario.fromFile(file)).hasMessageContaining("contianers");
    assertThatThrownBy(() -> DockerScenario.named("nope")).hasMessageContaining("homelab-incidents");
  }

  @Test
  void should_build_its_state_on_the_first_request_when_started_on_demand() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"name\":\"broken\",\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1\"}]}");
    DockerScenario broken = DockerScenario.fromFile(file);
    assertThatThrownBy(() -> FakeDocker.builder().scenario(broken).build().start()).hasMessageContaining("which the scenario lacks");
    try (FakeDocker lazy = FakeDocker.builder().scenario(broken).build().startOnDemand();
         Response list = call(lazy, "GET", "/v1.52/containers/json")) {
      assertThat(list.code()).as("nothing was built until asked").isEqualTo(500);
      assertThat(list.body().string()).contains("which the scenario lacks");
    }
    try (FakeDocker lazy = FakeDocker.builder().build().startOnDemand()) {
      assertThat(json(lazy, "/v1.52/containers/json?all=1")).extracting(c -> c.get("Names").get(0).asText())
          .contains("/jellyfin", "/paperless-worker");
    }
  }

  @Test
  void should_log_each_containers_last_run_and_every_stop_as_the_engine_does() throws IOException {
    try (FakeDocker fake = FakeDocker.builder().build().start()) {
      call(fake, "POST", "/v1.52/containers/proxy/stop").close();
      String log;
      try (Response events = call(fake, "GET", "/v1.52/events?filters=%7B%22container%22%3A%5B%22proxy%22%5D%7D")) {
        log = events.body().string();
      }
      assertThat(JSON.readerFor(JsonNode.class).<JsonNode>readValues(log).readAll().stream().map(e -> e.get("Action").asText() + (e.at("/Actor/Attributes/signal")
          .isMissingNode() ? "" : ":" + e.at("/Actor/Attributes/signal").asText()))).containsExactly("start", "kill:15", "die", "stop");
      try (Response window = call(fake, "GET", "/v1.52/events?since=1&until=2")) {
        assertThat(window.body().string()).isEmpty();
      }
      try (Response bad = call(fake, "GET", "/v1.52/events?since=yesterday")) {
        assertThat(bad.code()).isEqualTo(400);
      }
    }
  }
}
