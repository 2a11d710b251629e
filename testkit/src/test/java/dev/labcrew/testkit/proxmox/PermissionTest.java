package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PermissionTest {
  private static final String AUDITOR = "auditor@pve!readonly";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  @Test
  void should_show_the_auditor_guests_but_not_nodes_or_storage() {
    JsonNode rows = PveClient.as(pve.fake(), AUDITOR).get("/cluster/resources").data();

    assertThat(types(rows)).containsOnly("lxc", "qemu");
    assertThat(rows).hasSize(PveClient.admin(pve.fake()).get("/cluster/resources?type=vm").data().size());
  }

  @Test
  void should_refuse_syslog_without_sys_syslog_naming_path_and_privilege() {
    PveClient.Response response = PveClient.as(pve.fake(), AUDITOR).get("/nodes/pve1/syslog?service=pve-container@102");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.message()).isEqualTo("Permission check failed (/nodes/pve1, Sys.Syslog)\n");
  }

  @Test
  void should_omit_other_users_tasks_without_sys_audit() {
    PveClient.Response auditor = PveClient.as(pve.fake(), AUDITOR).get("/nodes/pve1/tasks?vmid=102");
    PveClient.Response admin = PveClient.admin(pve.fake()).get("/nodes/pve1/tasks?vmid=102");

    assertThat(auditor.status()).isEqualTo(200);
    assertThat(auditor.data()).isEmpty();
    assertThat(auditor.json().get("total").asInt()).isZero();
    assertThat(admin.data()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void should_refuse_the_log_of_another_users_task_without_sys_audit() {
    String upid = PveClient.admin(pve.fake()).get("/nodes/pve1/tasks?vmid=102&typefilter=vzstart&limit=1")
        .data().get(0).get("upid").asText();

    PveClient.Response response = PveClient.as(pve.fake(), AUDITOR).get("/nodes/pve1/tasks/" + upid + "/log");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.message()).isEqualTo("Permission check failed (/nodes/pve1, Sys.Audit)\n");
  }

  @Test
  void should_refuse_cluster_status_without_sys_audit_on_root() {
    PveClient.Response response = PveClient.as(pve.fake(), AUDITOR).get("/cluster/status");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.message()).isEqualTo("Permission check failed (/, Sys.Audit)\n");
  }

  @Test
  void should_report_effective_privileges_per_path() {
    JsonNode vm = PveClient.as(pve.fake(), AUDITOR).get("/access/permissions?path=/vms/102").data();
    JsonNode node = PveClient.as(pve.fake(), AUDITOR).get("/access/permissions?path=/nodes/pve1").data();
    JsonNode all = PveClient.admin(pve.fake()).get("/access/permissions").data();

    assertThat(vm.get("/vms/102").get("VM.Audit").asInt()).isEqualTo(1);
    assertThat(node.get("/nodes/pve1")).isEmpty();
    assertThat(all.get("/").has("Sys.Syslog")).isTrue();
  }

  @Test
  void should_apply_a_privilege_revoked_at_runtime_until_faults_are_cleared() {
    FakeProxmox fake = pve.fake();
    fake.faults().revoke("root@pam!labcrew", "/vms/200", "VM.Audit");
    PveClient admin = PveClient.admin(fake);

    PveClient.Response status = admin.get("/nodes/pve1/lxc/200/status/current");
    List<String> ids = ids(admin.get("/cluster/resources?type=vm").data());
    fake.faults().clear();

    assertThat(status.status()).isEqualTo(403);
    assertThat(status.message()).isEqualTo("Permission check failed (/vms/200, VM.Audit)\n");
    assertThat(ids).doesNotContain("lxc/200").contains("lxc/102");
    assertThat(admin.get("/nodes/pve1/lxc/200/status/current").status()).isEqualTo(200);
  }

  private static List<String> types(JsonNode rows) {
    List<String> types = new ArrayList<>();
    rows.forEach(r -> types.add(r.get("type").asText()));
    return types;
  }

  private static List<String> ids(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }
}
