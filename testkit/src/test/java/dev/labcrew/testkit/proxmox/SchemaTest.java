package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every served endpoint, on every guest and task of the scenario, against the table derived from PVE's schema. */
class SchemaTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private final SchemaTable table = SchemaTable.load();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> checked = new LinkedHashSet<>();
  private PveClient admin;

  @Test
  void should_return_every_field_with_the_schema_type_and_every_required_field() {
    admin = PveClient.admin(pve.fake());
    check("/version", "/version");
    check("/cluster/status", "/cluster/status");
    check("/cluster/resources", "/cluster/resources");
    check("/nodes", "/nodes");
    check("/access/permissions", "/access/permissions?path=/vms/102");
    for (String node : List.of("pve1", "pve2")) {
      check("/nodes/{node}/lxc", "/nodes/" + node + "/lxc");
      check("/nodes/{node}/syslog", "/nodes/" + node + "/syslog?limit=500");
      for (JsonNode ct : admin.get("/nodes/" + node + "/lxc").data()) {
        checkGuest(node, ct);
      }
      for (JsonNode task : admin.get("/nodes/" + node + "/tasks?source=all&limit=500").data()) {
        String upid = "/nodes/" + node + "/tasks/" + task.get("upid").asText();
        check("/nodes/{node}/tasks/{upid}/status", upid + "/status");
        check("/nodes/{node}/tasks/{upid}/log", upid + "/log");
      }
      check("/nodes/{node}/tasks", "/nodes/" + node + "/tasks?source=all&limit=500");
    }

    assertThat(problems).isEmpty();
    assertThat(checked).containsExactlyInAnyOrderElementsOf(table.paths());
  }

  private void checkGuest(String node, JsonNode ct) {
    String base = "/nodes/" + node + "/lxc/" + ct.get("vmid").asInt();
    String template = "/nodes/{node}/lxc/{vmid}";
    check(template + "/status/current", base + "/status/current");
    check(template + "/config", base + "/config");
    check(template + "/snapshot", base + "/snapshot");
    check(template + "/firewall/options", base + "/firewall/options");
    check(template + "/rrddata", base + "/rrddata?timeframe=hour");
    if (ct.get("status").asText().equals("running")) {
      check(template + "/interfaces", base + "/interfaces");
    }
  }

  private void check(String template, String url) {
    PveClient.Response response = admin.get(url);
    if (response.status() != 200) {
      problems.add(url + ": HTTP " + response.status() + " " + response.message());
      return;
    }
    checked.add(template);
    problems.addAll(table.check(template, url, response.data()));
  }
}
