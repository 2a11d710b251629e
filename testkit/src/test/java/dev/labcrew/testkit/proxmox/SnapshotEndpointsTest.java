package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotEndpointsTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(30)));

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_take_a_snapshot_on_top_of_the_current_parent() {
    String upid = Tasks.upid(admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=before-upgrade&description=pre"));
    JsonNode task = Tasks.await(admin, upid);
    Map<String, JsonNode> snapshots = snapshots("/nodes/pve1/lxc/101");

    assertThat(upid).contains(":vzsnapshot:101:root@pam!labcrew:");
    assertThat(task.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(Tasks.log(admin, upid)).containsExactly(
        "  Logical volume \"snap_vm-101-disk-0_before-upgrade\" created.", "TASK OK");
    JsonNode taken = snapshots.get("before-upgrade");
    assertThat(taken.get("parent").asText()).isEqualTo("pre-update");
    assertThat(taken.get("description").asText()).isEqualTo("pre");
    assertThat(taken.get("snaptime").asLong()).isCloseTo(System.currentTimeMillis() / 1000,
        org.assertj.core.data.Offset.offset(5L));
    assertThat(snapshots.get("current").get("parent").asText()).isEqualTo("before-upgrade");
    assertThat(admin.get("/nodes/pve1/lxc/101/config?snapshot=before-upgrade").data().get("hostname").asText())
        .isEqualTo("pihole");
  }

  @Test
  void should_fail_the_task_for_a_name_already_used_and_for_bind_mounts() {
    String duplicate = Tasks.exit(admin, admin.post("/nodes/pve1/lxc/200/snapshot", "snapname=weekly-2"));
    String bindMounts = Tasks.exit(admin, admin.post("/nodes/pve1/lxc/102/snapshot", "snapname=first"));

    assertThat(duplicate).isEqualTo("snapshot name 'weekly-2' already used");
    assertThat(bindMounts).isEqualTo("snapshot feature is not available");
  }

  @Test
  void should_refuse_bad_and_reserved_snapshot_names() {
    PveClient.Response digit = admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=1st");
    PveClient.Response space = admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=a%20b");
    PveClient.Response tooLong = admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=" + "a".repeat(41));
    PveClient.Response missing = admin.post("/nodes/pve1/lxc/101/snapshot", "description=x");
    PveClient.Response current = admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=current");
    PveClient.Response badPath = admin.delete("/nodes/pve1/lxc/101/snapshot/-x");

    assertThat(digit.status()).isEqualTo(400);
    assertThat(digit.json().get("errors").get("snapname").asText())
        .isEqualTo("invalid format - invalid configuration ID '1st'\n");
    assertThat(space.json().get("errors").get("snapname").asText()).startsWith("invalid format");
    assertThat(tooLong.json().get("errors").get("snapname").asText()).isEqualTo("value may only be 40 characters long");
    assertThat(missing.json().get("errors").get("snapname").asText())
        .isEqualTo("property is missing and it is not optional");
    assertThat(current.status()).isEqualTo(500);
    assertThat(current.message()).isEqualTo("unable to use snapshot name 'current' (reserved name)\n");
    assertThat(badPath.status()).isEqualTo(400);
  }

  @Test
  void should_delete_a_snapshot_and_reparent_its_children() {
    String ct = "/nodes/pve2/lxc/9101";
    Tasks.upid(admin.post(ct + "/snapshot", "snapname=one"));
    Tasks.upid(admin.post(ct + "/snapshot", "snapname=two"));
    String deleteOne = Tasks.upid(admin.delete(ct + "/snapshot/one"));

    JsonNode task = Tasks.await(admin, deleteOne);
    Map<String, JsonNode> afterOne = snapshots(ct);
    Tasks.await(admin, Tasks.upid(admin.delete(ct + "/snapshot/two?force=1")));
    Map<String, JsonNode> afterTwo = snapshots(ct);

    assertThat(task.get("type").asText()).isEqualTo("vzdelsnapshot");
    assertThat(task.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(Tasks.log(admin, deleteOne)).containsExactly(
        "  Logical volume \"snap_vm-9101-disk-0_one\" successfully removed.", "TASK OK");
    assertThat(afterOne).containsOnlyKeys("two", "current");
    assertThat(afterOne.get("two").has("parent")).isFalse();
    assertThat(afterOne.get("current").get("parent").asText()).isEqualTo("two");
    assertThat(afterTwo).containsOnlyKeys("current");
    assertThat(afterTwo.get("current").has("parent")).isFalse();
  }

  @Test
  void should_fail_the_task_deleting_an_unknown_snapshot() {
    String upid = Tasks.upid(admin.delete("/nodes/pve1/lxc/101/snapshot/nope"));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("snapshot 'nope' does not exist");
    assertThat(Tasks.log(admin, upid)).containsExactly("TASK ERROR: snapshot 'nope' does not exist");
  }

  @Test
  void should_roll_back_stopping_the_ct_restoring_the_config_and_keeping_newer_snapshots() {
    String ct = "/nodes/pve1/lxc/200";
    assertThat(admin.put(ct + "/config", "memory=8192&cores=8&description=edited").status()).isEqualTo(200);

    String upid = Tasks.upid(admin.post(ct + "/snapshot/before-pg16-upgrade/rollback", ""));
    JsonNode task = Tasks.await(admin, upid);
    JsonNode config = admin.get(ct + "/config").data();
    Map<String, JsonNode> snapshots = snapshots(ct);

    assertThat(upid).contains(":vzrollback:200:");
    assertThat(task.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(config.get("memory").asInt()).isEqualTo(4096);
    assertThat(config.get("cores").asInt()).isEqualTo(4);
    assertThat(config.get("description").asText()).isEqualTo("edited");
    assertThat(config.get("parent").asText()).isEqualTo("before-pg16-upgrade");
    assertThat(snapshots).containsKeys("before-pg16-upgrade", "weekly-2");
    assertThat(snapshots.get("current").get("parent").asText()).isEqualTo("before-pg16-upgrade");
    assertThat(snapshots.get("current").get("running").asInt()).isZero();
    assertThat(admin.get(ct + "/status/current").data().get("status").asText()).isEqualTo("stopped");
  }

  @Test
  void should_start_the_ct_in_a_further_task_after_a_rollback_with_start() {
    String ct = "/nodes/pve2/lxc/9102";
    Tasks.await(admin, Tasks.upid(admin.post(ct + "/snapshot", "snapname=base")));
    Tasks.await(admin, Tasks.upid(admin.post(ct + "/status/stop", "")));

    String rollback = Tasks.upid(admin.post(ct + "/snapshot/base/rollback", "start=1"));
    Tasks.await(admin, rollback);
    Tasks.awaitAll(admin, "pve2");
    JsonNode start = admin.get("/nodes/pve2/tasks?vmid=9102&typefilter=vzstart&limit=1").data().get(0);

    assertThat(start.get("status").asText()).isEqualTo("OK");
    assertThat(start.get("starttime").asLong()).isGreaterThanOrEqualTo(Long.parseLong(rollback.split(":")[4], 16));
    assertThat(admin.get(ct + "/status/current").data().get("status").asText()).isEqualTo("running");
  }

  @Test
  void should_allow_rollback_with_either_snapshot_privilege() {
    pve.fake().faults().revoke("root@pam!labcrew", "/vms/101", "VM.Snapshot");
    PveClient.Response create = admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=xy");
    PveClient.Response rollback = admin.post("/nodes/pve1/lxc/101/snapshot/pre-update/rollback", "");
    pve.fake().faults().revoke("root@pam!labcrew", "/vms/101", "VM.Snapshot.Rollback");
    PveClient.Response refused = admin.post("/nodes/pve1/lxc/101/snapshot/pre-update/rollback", "");
    PveClient.Response auditor = PveClient.as(pve.fake(), "auditor@pve!readonly")
        .delete("/nodes/pve1/lxc/101/snapshot/pre-update");

    assertThat(create.message()).isEqualTo("Permission check failed (/vms/101, VM.Snapshot)\n");
    Tasks.upid(rollback);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).isEqualTo("Permission check failed (/vms/101, VM.Snapshot|VM.Snapshot.Rollback)\n");
    assertThat(auditor.message()).isEqualTo("Permission check failed (/vms/101, VM.Snapshot)\n");
    Tasks.awaitAll(admin, "pve1");
  }

  private Map<String, JsonNode> snapshots(String ct) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    admin.get(ct + "/snapshot").data().forEach(s -> byName.put(s.get("name").asText(), s));
    return byName;
  }
}
