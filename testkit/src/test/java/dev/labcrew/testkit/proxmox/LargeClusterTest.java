package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeClusterTest {

  @Test
  void should_serve_the_default_large_cluster_in_one_resources_request() {
    try (FakeProxmox pve = FakeProxmox.builder().scenario("large-cluster").build().start()) {
      PveClient admin = PveClient.admin(pve);

      JsonNode guests = admin.get("/cluster/resources?type=vm").data();
      JsonNode nodes = admin.get("/nodes").data();

      assertThat(guests).hasSize(1000);
      assertThat(nodes).hasSize(5);
      java.util.Map<String, Long> uptimes = new java.util.HashMap<>();
      nodes.forEach(n -> uptimes.put(n.get("node").asText(), n.get("uptime").asLong()));
      guests.forEach(g -> assertThat(g.get("uptime").asLong()).isLessThan(uptimes.get(g.get("node").asText())));
      assertThat(count(guests, "qemu")).isBetween(50, 300);
      assertThat(count(guests, "lxc")).isGreaterThan(700);
      JsonNode lxc = firstOfType(guests, "lxc");
      String ct = "/nodes/" + lxc.get("node").asText() + "/lxc/" + lxc.get("vmid").asInt();
      assertThat(admin.get(ct + "/status/current").status()).isEqualTo(200);
      assertThat(admin.get(ct + "/config").data().get("hostname").asText()).isEqualTo(lxc.get("name").asText());
      assertThat(admin.get(ct + "/snapshot").data().get(0).has("name")).isTrue();
    }
  }

  @Test
  void should_parse_sizes_from_the_name_and_be_deterministic() {
    List<String> first = names("large-cluster:nodes=3,guests=40");
    List<String> second = names("large-cluster:nodes=3,guests=40");

    assertThat(first).hasSize(40).isEqualTo(second);
    assertThat(Scenario.largeCluster(10, 5000).spec().guests()).hasSize(5000);
    assertThat(Scenario.largeCluster(10, 5000).spec().nodes()).hasSize(10);
  }

  private static List<String> names(String scenario) {
    try (FakeProxmox pve = FakeProxmox.builder().scenario(scenario).build().start()) {
      List<String> names = new ArrayList<>();
      PveClient.admin(pve).get("/cluster/resources?type=vm").data()
          .forEach(r -> names.add(r.get("vmid").asInt() + ":" + r.get("name").asText() + "@" + r.get("node").asText()));
      assertThat(PveClient.admin(pve).get("/nodes").data()).hasSize(3);
      return names;
    }
  }

  private static int count(JsonNode rows, String type) {
    int n = 0;
    for (JsonNode row : rows) {
      n += row.get("type").asText().equals(type) ? 1 : 0;
    }
    return n;
  }

  private static JsonNode firstOfType(JsonNode rows, String type) {
    for (JsonNode row : rows) {
      if (row.get("type").asText().equals(type)) {
        return row;
      }
    }
    throw new AssertionError("no " + type);
  }
}
