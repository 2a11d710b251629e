package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private static int firstPort;

  @Test
  @Order(1)
  void should_start_the_server_for_the_class() {
    firstPort = pve.fake().port();
    pve.fake().faults().nodeOffline("pve1").lockTimeout(200, 5);
    PveClient.admin(pve.fake()).get("/version");

    assertThat(PveClient.admin(pve.fake()).get("/nodes/pve1/lxc").status()).isEqualTo(596);
  }

  @Test
  @Order(2)
  void should_clear_faults_and_requests_between_tests_and_keep_the_server() {
    assertThat(pve.fake().port()).isEqualTo(firstPort);
    assertThat(pve.fake().requests()).isEmpty();
    assertThat(PveClient.admin(pve.fake()).get("/nodes/pve1/lxc").status()).isEqualTo(200);
    assertThat(PveClient.admin(pve.fake()).get("/nodes/pve1/lxc/200/config").status()).isEqualTo(200);
  }
}
