package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  @Test
  void should_accept_the_admin_token() {
    FakeProxmox fake = pve.fake();

    assertThat(fake.tokenId()).isEqualTo("root@pam!labcrew");
    assertThat(PveClient.admin(fake).get("/version").status()).isEqualTo(200);
  }

  @Test
  void should_accept_a_space_instead_of_the_first_equals_sign() {
    FakeProxmox fake = pve.fake();
    PveClient client = new PveClient(fake, "PVEAPIToken " + fake.tokenId() + "=" + fake.tokenSecret());

    assertThat(client.get("/version").status()).isEqualTo(200);
  }

  @Test
  void should_answer_401_for_a_wrong_secret() {
    FakeProxmox fake = pve.fake();
    PveClient client = new PveClient(fake, "PVEAPIToken=" + fake.tokenId() + "=not-the-secret");

    PveClient.Response response = client.get("/version");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.message()).isEqualTo("Authentication failed!\n");
  }

  @Test
  void should_answer_401_for_malformed_or_missing_headers() {
    FakeProxmox fake = pve.fake();
    String secret = fake.tokenSecret();

    assertThat(new PveClient(fake, null).get("/version").status()).isEqualTo(401);
    assertThat(new PveClient(fake, "Bearer " + secret).get("/version").status()).isEqualTo(401);
    assertThat(new PveClient(fake, "PVEAPIToken=root@pam=" + secret).get("/version").status()).isEqualTo(401);
    assertThat(new PveClient(fake, "PVEAPIToken=root@pam!labcrew").get("/version").status()).isEqualTo(401);
    assertThat(new PveClient(fake, "PVEAPIToken=nobody@pam!labcrew=" + secret).get("/version").status())
        .isEqualTo(401);
  }

  @Test
  void should_give_other_scenario_tokens_their_own_secret() {
    FakeProxmox fake = pve.fake();

    ApiToken auditor = fake.token("auditor@pve!readonly");

    assertThat(auditor.secret()).isNotEqualTo(fake.tokenSecret());
    assertThat(auditor.toString()).doesNotContain(auditor.secret());
    assertThat(PveClient.as(fake, "auditor@pve!readonly").get("/version").status()).isEqualTo(200);
    assertThatThrownBy(() -> fake.token("ghost@pve!x")).isInstanceOf(IllegalArgumentException.class);
  }
}
