package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every served endpoint, on every guest and task of the scenario, against the table derived from PVE's schema. */
class SchemaTest {
  private static final String CT = "/nodes/{node}/lxc/{vmid}";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(20)));

  private final SchemaTable table = SchemaTable.load();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> checked = new LinkedHashSet<>();
  private PveClient admin;

  @Test
  void should_return_every_field_with_the_schema_type_and_every_required_field() {
    admin = PveClient.admin(pve.fake());
    writes();
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
    assertThat(checked).containsExactlyInAnyOrderElementsOf(table.endpoints());
  }

  /** One call of each write endpoint, on pve2's CTs; the tasks they start are checked with the others. */
  private void writes() {
    String ct = "/nodes/pve2/lxc/9101";
    write("POST", CT + "/status/shutdown", ct + "/status/shutdown", "timeout=5");
    Tasks.awaitAll(admin, "pve2");
    write("POST", CT + "/status/start", ct + "/status/start", "");
    Tasks.awaitAll(admin, "pve2");
    write("POST", CT + "/status/reboot", ct + "/status/reboot", "");
    write("POST", CT + "/status/stop", "/nodes/pve2/lxc/9102/status/stop", "");
    write("POST", CT + "/snapshot", ct + "/snapshot", "snapname=schema");
    write("POST", CT + "/snapshot/{snapname}/rollback", ct + "/snapshot/schema/rollback", "");
    write("DELETE", CT + "/snapshot/{snapname}", ct + "/snapshot/schema", null);
    write("PUT", CT + "/config", ct + "/config", "description=schema");
    write("PUT", CT + "/resize", ct + "/resize", "disk=rootfs&size=%2B1G");
    Tasks.awaitAll(admin, "pve2");
  }

  private void checkGuest(String node, JsonNode ct) {
    String base = "/nodes/" + node + "/lxc/" + ct.get("vmid").asInt();
    check(CT + "/status/current", base + "/status/current");
    check(CT + "/config", base + "/config");
    check(CT + "/snapshot", base + "/snapshot");
    check(CT + "/firewall/options", base + "/firewall/options");
    check(CT + "/rrddata", base + "/rrddata?timeframe=hour");
    if (ct.get("status").asText().equals("running")) {
      check(CT + "/interfaces", base + "/interfaces");
    }
  }

  private void check(String template, String url) {
    record("GET " + template, url, admin.get(url));
  }

  private void write(String method, String template, String url, String form) {
    PveClient.Response response = method.equals("DELETE") ? admin.delete(url)
        : admin.send(method, "/api2/json" + url, form, "application/x-www-form-urlencoded");
    record(method + " " + template, method + " " + url, response);
  }

  private void record(String endpoint, String url, PveClient.Response response) {
    if (response.status() != 200) {
      problems.add(url + ": HTTP " + response.status() + " " + response.message());
      return;
    }
    checked.add(endpoint);
    problems.addAll(table.check(endpoint, url, response.data()));
  }
}
