package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  @Test
  void should_serve_https_on_loopback_with_a_certificate_clients_can_trust() {
    FakeProxmox fake = pve.fake();

    PveClient.Response version = PveClient.admin(fake).get("/version");

    assertThat(fake.baseUrl()).isEqualTo("https://127.0.0.1:" + fake.port());
    assertThat(version.status()).isEqualTo(200);
    assertThat(version.data().get("release").asText()).isEqualTo("9.1");
    assertThat(version.http().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    assertThat(version.http().headers().firstValue("Server")).hasValue("pve-api-daemon/3.0");
  }

  @Test
  void should_show_the_fingerprint_of_the_presented_certificate_as_proxmox_does() throws Exception {
    FakeProxmox fake = pve.fake();

    PveClient.Response version = PveClient.admin(fake).get("/version");
    Certificate presented = version.http().sslSession().orElseThrow().getPeerCertificates()[0];
    String expected = HexFormat.ofDelimiter(":").formatHex(
        MessageDigest.getInstance("SHA-256").digest(presented.getEncoded())).toUpperCase(Locale.ROOT);

    assertThat(fake.fingerprint()).isEqualTo(expected).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
  }

  @Test
  void should_write_the_certificate_as_a_ca_file(@TempDir Path dir) throws Exception {
    Path file = pve.fake().writeCaFile(dir.resolve("pve-ca.pem"));

    assertThat(Files.readString(file)).startsWith("-----BEGIN CERTIFICATE-----").isEqualTo(pve.fake().certificatePem());
  }

  @Test
  void should_keep_its_certificate_in_a_file_readable_by_its_owner_and_reuse_it(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("state/sim.pem");
    String first;
    try (FakeProxmox one = FakeProxmox.builder().certificateFile(file).build().start()) {
      first = one.certificatePem();
      assertThat(PveClient.admin(one).get("/version").status()).isEqualTo(200);
    }
    assertThat(Files.readString(file)).contains(first.strip()).contains("PRIVATE KEY");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    try (FakeProxmox two = FakeProxmox.builder().certificateFile(file).build().start()) {
      assertThat(two.certificatePem()).isEqualTo(first);
      assertThat(PveClient.admin(two).get("/version").status()).isEqualTo(200);
    }
    Files.writeString(file, "damaged");
    try (FakeProxmox three = FakeProxmox.builder().certificateFile(file).build().start()) {
      assertThat(three.certificatePem()).isNotEqualTo(first);
      assertThat(PveClient.admin(three).get("/version").status()).isEqualTo(200);
    }
  }

  @Test
  void should_answer_500_no_such_file_without_the_api2_json_prefix() {
    PveClient.Response response = PveClient.admin(pve.fake()).raw("GET", "/version");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.message()).isEqualTo("no such file '/version'\n");
    assertThat(response.json().get("data").isNull()).isTrue();
  }

  @Test
  void should_answer_501_for_unknown_paths_and_methods() {
    PveClient client = PveClient.admin(pve.fake());

    PveClient.Response unknown = client.get("/nodes/pve1/ceph/status");
    PveClient.Response post = client.raw("POST", "/api2/json/nodes/pve1/lxc/102/status/suspend");

    assertThat(unknown.status()).isEqualTo(501);
    assertThat(unknown.message()).contains("not implemented");
    assertThat(post.status()).isEqualTo(501);
  }

  @Test
  void should_record_each_request_with_method_path_query_and_status() {
    PveClient.admin(pve.fake()).get("/cluster/resources?type=vm");

    assertThat(pve.fake().requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("GET");
      assertThat(r.path()).isEqualTo("/api2/json/cluster/resources");
      assertThat(r.apiPath()).isEqualTo("/cluster/resources");
      assertThat(r.query()).isEqualTo("type=vm");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers()).containsKey("authorization");
    });
  }

  @Test
  void should_refuse_parameters_the_endpoint_does_not_know() {
    PveClient.Response response = PveClient.admin(pve.fake()).get("/cluster/resources?type=vm&kind=lxc");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message()).isEqualTo("Parameter verification failed.\n");
    assertThat(response.json().get("errors").get("kind").asText()).contains("not defined in schema");
  }

  @Test
  void should_list_built_in_scenarios_and_refuse_unknown_ones() {
    assertThat(FakeProxmox.scenarioNames()).contains("homelab-incidents", "large-cluster");
    assertThatThrownBy(() -> FakeProxmox.builder().scenario("nope"))
        .isInstanceOf(LabFileException.class).hasMessageContaining("homelab-incidents");
  }

  @Test
  void should_refuse_accessors_before_start() {
    FakeProxmox fake = FakeProxmox.builder().build();

    assertThatThrownBy(fake::baseUrl).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_answer_a_client_that_connects_while_it_starts_in_the_background(@TempDir Path dir) {
    try (FakeProxmox fake = FakeProxmox.builder().certificateFile(dir.resolve("sim.pem")).build().startInBackground()) {
      // everything a client needs is known at once; its request waits in the listen queue until the lab is up
      PveClient.Response version = PveClient.admin(fake).get("/version");

      assertThat(version.status()).isEqualTo(200);
      assertThat(fake.awaitReady().token("root@pam!labcrew").secret()).isEqualTo(fake.tokenSecret());
      assertThat(PveClient.as(fake, "root@pam!labcrew").get("/cluster/resources?type=vm").status()).isEqualTo(200);
    }
  }

  @Test
  void should_close_cleanly_before_a_background_start_has_finished() {
    FakeProxmox fake = FakeProxmox.builder().build().startInBackground();
    fake.close();

    assertThat(fake.awaitReady()).isSameAs(fake);
    assertThatThrownBy(() -> PveClient.admin(fake).get("/version")).isInstanceOf(RuntimeException.class);
  }
}
