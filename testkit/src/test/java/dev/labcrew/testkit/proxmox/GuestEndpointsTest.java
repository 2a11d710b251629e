package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuestEndpointsTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private PveClient admin() {
    return PveClient.admin(pve.fake());
  }

  @Test
  void should_list_every_guest_of_the_cluster_in_one_request_with_qemu_and_lxc_rows() {
    JsonNode rows = admin().get("/cluster/resources?type=vm").data();

    assertThat(pve.fake().requests()).hasSize(1);
    assertThat(ids(rows)).contains("qemu/100", "lxc/101", "lxc/102", "lxc/103", "lxc/105", "lxc/200", "lxc/902",
        "lxc/9101", "lxc/9102");
    JsonNode locked = find(rows, "lxc/103");
    assertThat(locked.get("lock").asText()).isEqualTo("backup");
    assertThat(locked.get("status").asText()).isEqualTo("stopped");
    assertThat(find(rows, "lxc/200").get("maxmem").asLong()).isEqualTo(4294967296L);
  }

  @Test
  void should_report_status_current_with_swap_pid_and_ha() {
    JsonNode status = admin().get("/nodes/pve1/lxc/200/status/current").data();

    assertThat(status.get("vmid").isInt()).isTrue();
    assertThat(status.get("status").asText()).isEqualTo("running");
    assertThat(status.get("mem").asLong()).isEqualTo(4080218931L);
    assertThat(status.get("maxmem").asLong()).isEqualTo(4294967296L);
    assertThat(status.get("maxswap").asLong()).isEqualTo(536870912L);
    assertThat(status.get("swap").asLong()).isGreaterThan(400L << 20);
    assertThat(status.get("pid").asInt()).isPositive();
    assertThat(status.get("ha").get("managed").asInt()).isZero();
    assertThat(status.get("uptime").asLong()).isPositive();
  }

  @Test
  void should_return_config_typed_like_pve_with_raw_lxc_keys_and_digest() {
    JsonNode docker = admin().get("/nodes/pve1/lxc/902/config").data();
    JsonNode postgres = admin().get("/nodes/pve1/lxc/200/config").data();

    assertThat(docker.get("features").asText()).isEqualTo("nesting=1");
    assertThat(docker.get("lxc").get(1).get(0).asText()).isEqualTo("lxc.mount.entry");
    assertThat(docker.get("lxc").get(1).get(1).asText()).isEqualTo("/dev/fuse dev/fuse none bind,create=file 0 0");
    assertThat(docker.get("unprivileged").isNumber()).isTrue();
    assertThat(postgres.get("cpulimit").isTextual()).isTrue();
    assertThat(postgres.get("memory").asInt()).isEqualTo(4096);
    assertThat(postgres.get("digest").asText()).matches("[0-9a-f]{40}");
  }

  @Test
  void should_append_the_current_pseudo_snapshot() {
    JsonNode snapshots = admin().get("/nodes/pve1/lxc/200/snapshot").data();

    assertThat(snapshots).hasSize(3);
    assertThat(snapshots.get(1).get("parent").asText()).isEqualTo("before-pg16-upgrade");
    JsonNode current = snapshots.get(2);
    assertThat(current.get("name").asText()).isEqualTo("current");
    assertThat(current.get("description").asText()).isEqualTo("You are here!");
    assertThat(current.get("running").asInt()).isEqualTo(1);
    assertThat(current.get("parent").asText()).isEqualTo("weekly-2");
    long weekAgo = System.currentTimeMillis() / 1000 - 7 * 86400;
    assertThat(snapshots.get(1).get("snaptime").asLong()).isLessThan(weekAgo);
  }

  @Test
  void should_list_interfaces_only_while_running() {
    JsonNode running = admin().get("/nodes/pve1/lxc/200/interfaces").data();
    PveClient.Response stopped = admin().get("/nodes/pve1/lxc/102/interfaces");

    assertThat(running.get(1).get("inet").asText()).isEqualTo("192.168.40.90/24");
    assertThat(running.get(1).get("inet6").asText()).isNotBlank();
    assertThat(stopped.status()).isEqualTo(500);
    assertThat(stopped.message()).isEqualTo("CT 102 not running\n");
  }

  @Test
  void should_show_firewall_options() {
    assertThat(admin().get("/nodes/pve1/lxc/200/firewall/options").data().get("enable").asInt()).isEqualTo(1);
    assertThat(admin().get("/nodes/pve2/lxc/105/firewall/options").data().get("enable").asInt()).isZero();
  }

  @Test
  void should_require_timeframe_for_rrddata() {
    PveClient.Response missing = admin().get("/nodes/pve1/lxc/200/rrddata");
    JsonNode rows = admin().get("/nodes/pve1/lxc/200/rrddata?timeframe=hour").data();

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get("timeframe").asText())
        .isEqualTo("property is missing and it is not optional");
    assertThat(rows.size()).isGreaterThan(10);
    assertThat(rows.get(rows.size() - 1).get("cpu").isNumber()).isTrue();
  }

  @Test
  void should_answer_500_naming_the_config_file_for_a_guest_on_another_node() {
    PveClient.Response wrongNode = admin().get("/nodes/pve2/lxc/102/config");
    PveClient.Response qemuAsLxc = admin().get("/nodes/pve1/lxc/100/status/current");

    assertThat(wrongNode.status()).isEqualTo(500);
    assertThat(wrongNode.message()).isEqualTo("Configuration file 'nodes/pve2/lxc/102.conf' does not exist\n");
    assertThat(qemuAsLxc.message()).isEqualTo("Configuration file 'nodes/pve1/lxc/100.conf' does not exist\n");
  }

  @Test
  void should_answer_500_hostname_lookup_for_an_unknown_node() {
    PveClient.Response response = admin().get("/nodes/pve9/lxc");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.message()).startsWith("hostname lookup 'pve9' failed");
  }

  @Test
  void should_list_the_cts_of_one_node_with_numeric_vmids() {
    JsonNode rows = admin().get("/nodes/pve2/lxc").data();

    List<Integer> vmids = new ArrayList<>();
    rows.forEach(r -> vmids.add(r.get("vmid").asInt()));
    assertThat(vmids).containsExactlyInAnyOrder(103, 105, 9101, 9102);
    assertThat(rows.get(0).get("vmid").isInt()).isTrue();
  }

  @Test
  void should_show_both_golden_restores_with_one_mac_and_hostname() {
    JsonNode a = admin().get("/nodes/pve2/lxc/9101/config").data();
    JsonNode b = admin().get("/nodes/pve2/lxc/9102/config").data();

    assertThat(a.get("hostname").asText()).isEqualTo(b.get("hostname").asText()).isEqualTo("felhom-golden");
    assertThat(a.get("net0").asText()).contains("hwaddr=BC:24:11:63:43:F4");
    assertThat(b.get("net0").asText()).contains("hwaddr=BC:24:11:63:43:F4");
    assertThat(a.get("features").asText()).isEqualTo("nesting=1,keyctl=1");
  }

  static List<String> ids(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }

  static JsonNode find(JsonNode rows, String id) {
    for (JsonNode row : rows) {
      if (row.get("id").asText().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row " + id);
  }
}
