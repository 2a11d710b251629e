package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenario's failing starts (seeds 001 and the CT 102 boot incident) fail the same way on every new start. */
class SeededFailuresTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(30)));

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_fail_every_start_of_ct_102_with_the_monitor_warning_and_new_journal_lines() {
    int journalBefore = journal(102).size();

    String first = Tasks.upid(admin.post("/nodes/pve1/lxc/102/status/start", ""));
    String firstExit = Tasks.await(admin, first).get("exitstatus").asText();
    String second = Tasks.upid(admin.post("/nodes/pve1/lxc/102/status/start", ""));
    String secondExit = Tasks.await(admin, second).get("exitstatus").asText();
    List<String> journal = journal(102);

    assertThat(firstExit).isEqualTo(secondExit).isEqualTo("unable to get PID for CT 102 (not running?)");
    assertThat(Tasks.log(admin, second)).containsExactly(
        "problem with monitor socket, but continuing anyway: got timeout",
        "TASK ERROR: unable to get PID for CT 102 (not running?)");
    assertThat(journal).hasSize(journalBefore + 10);
    assertThat(journal.get(journal.size() - 1))
        .endsWith("pve1 systemd[1]: Failed to start pve-container@102.service - PVE LXC Container: 102.");
    assertThat(journal.get(journal.size() - 5)).endsWith(
        "systemd[1]: pve-container@102.service: Failed to set up standard error output: No such file or directory");
    assertThat(admin.get("/nodes/pve1/lxc/102/status/current").data().get("status").asText())
        .isEqualTo("stopped");
  }

  @Test
  void should_fail_the_start_of_ct_902_with_the_fuse_mount_lines() {
    long lxcLinesBefore = journal(902).stream().filter(l -> l.contains("lxc-start[23817]")).count();
    String upid = Tasks.upid(admin.post("/nodes/pve1/lxc/902/status/start", ""));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("startup for container '902' failed");
    List<String> log = Tasks.log(admin, upid);
    assertThat(log).hasSize(7);
    assertThat(log.get(0)).startsWith("safe_mount: 1334 No such device - Failed to mount \"/dev/fuse\"");
    assertThat(log).endsWith("__lxc_start: 2114 Failed to spawn container \"902\"",
        "TASK ERROR: startup for container '902' failed");
    assertThat(journal(902)).last().asString()
        .endsWith("systemd[1]: pve-container@902.service: Failed with result 'exit-code'.");
    assertThat(journal(902)).filteredOn(l -> l.contains("lxc-start[23817]: lxc-start: 902:"))
        .hasSize((int) lxcLinesBefore + 3);
  }

  @Test
  void should_list_the_failed_start_first_with_its_error_status() {
    Tasks.await(admin, Tasks.upid(admin.post("/nodes/pve1/lxc/902/status/start", "")));

    var newest = admin.get("/nodes/pve1/tasks?vmid=902&errors=1").data().get(0);

    assertThat(newest.get("status").asText()).isEqualTo("startup for container '902' failed");
    assertThat(newest.get("user").asText()).isEqualTo("root@pam");
    assertThat(newest.get("tokenid").asText()).isEqualTo("labcrew");
    assertThat(newest.get("endtime").asLong()).isGreaterThanOrEqualTo(newest.get("starttime").asLong());
  }

  private List<String> journal(int vmid) {
    return TaskAndSyslogTest.texts(admin.get("/nodes/pve1/syslog?limit=500&service=pve-container@" + vmid).data());
  }
}
