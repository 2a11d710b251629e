package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private PveClient admin() {
    return PveClient.admin(pve.fake());
  }

  @Test
  void should_time_out_the_config_lock_n_times_then_answer() {
    pve.fake().faults().lockTimeout(102, 2);

    PveClient.Response first = admin().get("/nodes/pve1/lxc/102/config");
    PveClient.Response second = admin().get("/nodes/pve1/lxc/102/status/current");
    PveClient.Response third = admin().get("/nodes/pve1/lxc/102/config");

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.message()).isEqualTo("can't lock file '/run/lock/lxc/pve-config-102.lock' - got timeout\n");
    assertThat(second.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
  }

  @Test
  void should_answer_596_for_an_offline_node_and_show_it_offline() {
    pve.fake().faults().nodeOffline("pve2");

    PveClient.Response direct = admin().get("/nodes/pve2/lxc/105/status/current");
    JsonNode status = admin().get("/cluster/status").data();
    JsonNode resources = admin().get("/cluster/resources").data();
    JsonNode nodes = admin().get("/nodes").data();

    assertThat(direct.status()).isEqualTo(596);
    assertThat(direct.message()).isEqualTo("Broken pipe\n");
    assertThat(GuestEndpointsTest.find(status, "node/pve2").get("online").asInt()).isZero();
    assertThat(GuestEndpointsTest.find(resources, "lxc/105").get("status").asText()).isEqualTo("unknown");
    assertThat(GuestEndpointsTest.find(resources, "lxc/200").get("status").asText()).isEqualTo("running");
    assertThat(GuestEndpointsTest.find(nodes, "node/pve2").get("status").asText()).isEqualTo("offline");
    pve.fake().faults().nodeOnline("pve2");
    assertThat(admin().get("/nodes/pve2/lxc/105/status/current").status()).isEqualTo(200);
  }

  @Test
  void should_delay_every_response_when_slow() {
    pve.fake().faults().slow(Duration.ofMillis(300));

    long started = System.nanoTime();
    PveClient.Response response = admin().get("/version");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.status()).isEqualTo(200);
    assertThat(millis).isGreaterThanOrEqualTo(300);
    assertThat(pve.fake().requests().get(0).millis()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void should_send_truncated_json_with_status_200_on_matching_paths() {
    pve.fake().faults().malformedBody("^/cluster/resources");

    PveClient.Response broken = admin().get("/cluster/resources?type=vm");
    PveClient.Response fine = admin().get("/version");

    assertThat(broken.status()).isEqualTo(200);
    assertThatThrownBy(() -> new ObjectMapper().readTree(broken.body())).isInstanceOf(Exception.class);
    assertThat(fine.data().get("version").asText()).isNotBlank();
  }
}
