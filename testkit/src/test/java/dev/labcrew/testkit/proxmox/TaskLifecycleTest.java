package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaskLifecycleTest {

  @Test
  void should_show_a_running_task_as_active_then_archive_it_with_its_exit_status() {
    try (FakeProxmox pve = FakeProxmox.builder().taskDuration(Duration.ofMillis(600)).build().start()) {
      PveClient admin = PveClient.admin(pve);

      String upid = Tasks.upid(admin.post("/nodes/pve1/lxc/200/status/shutdown", ""));
      JsonNode running = admin.get("/nodes/pve1/tasks/" + upid + "/status").data();
      JsonNode active = admin.get("/nodes/pve1/tasks?source=active").data();
      JsonNode archiveWhileRunning = admin.get("/nodes/pve1/tasks?vmid=200").data();
      PveClient.Response runningLog = admin.get("/nodes/pve1/tasks/" + upid + "/log");
      JsonNode stopped = Tasks.await(admin, upid);
      JsonNode archived = admin.get("/nodes/pve1/tasks?vmid=200&limit=1").data().get(0);

      assertThat(running.get("status").asText()).isEqualTo("running");
      assertThat(running.has("exitstatus")).isFalse();
      assertThat(active).singleElement().satisfies(row -> {
        assertThat(row.get("upid").asText()).isEqualTo(upid);
        assertThat(row.get("status").asText()).isEqualTo("RUNNING");
        assertThat(row.has("endtime")).isFalse();
      });
      assertThat(archiveWhileRunning).noneMatch(row -> row.get("upid").asText().equals(upid));
      assertThat(TaskAndSyslogTest.texts(runningLog.data())).containsExactly("no content");
      assertThat(stopped.get("status").asText()).isEqualTo("stopped");
      assertThat(stopped.get("exitstatus").asText()).isEqualTo("OK");
      assertThat(archived.get("upid").asText()).isEqualTo(upid);
      assertThat(archived.get("status").asText()).isEqualTo("OK");
      assertThat(archived.get("endtime").asLong()).isGreaterThanOrEqualTo(archived.get("starttime").asLong());
      assertThat(admin.get("/nodes/pve1/tasks?source=active").data()).isEmpty();
    }
  }

  @Test
  void should_encode_the_upid_fields_and_log_the_task_in_the_journal() {
    try (FakeProxmox pve = FakeProxmox.builder().build().start()) {
      PveClient admin = PveClient.admin(pve);
      long before = System.currentTimeMillis() / 1000;

      String upid = Tasks.upid(admin.post("/nodes/pve2/lxc/105/status/stop", ""));
      JsonNode status = Tasks.await(admin, upid);
      JsonNode daemon = admin.get("/nodes/pve2/syslog?service=pvedaemon&limit=500").data();

      String[] fields = upid.split(":");
      assertThat(fields[1]).isEqualTo("pve2");
      assertThat(Integer.parseInt(fields[2], 16)).isEqualTo(status.get("pid").asInt());
      assertThat(Long.parseLong(fields[3], 16)).isEqualTo(status.get("pstart").asLong());
      assertThat(Long.parseLong(fields[4], 16)).isEqualTo(status.get("starttime").asLong())
          .isGreaterThanOrEqualTo(before);
      assertThat(fields[5] + ":" + fields[6] + ":" + fields[7]).isEqualTo("vzstop:105:root@pam!labcrew");
      assertThat(status.get("id").asText()).isEqualTo("105");
      assertThat(TaskAndSyslogTest.texts(daemon)).anyMatch(l -> l.endsWith("<root@pam!labcrew> starting task " + upid))
          .anyMatch(l -> l.endsWith("<root@pam!labcrew> end task " + upid + " OK"))
          .anyMatch(l -> l.endsWith("stopping CT 105: " + upid));
    }
  }

  @Test
  void should_queue_the_tasks_of_one_guest_behind_each_other() {
    try (FakeProxmox pve = FakeProxmox.builder().taskDuration(Duration.ofMillis(100)).build().start()) {
      PveClient admin = PveClient.admin(pve);
      long started = System.nanoTime();

      String first = Tasks.upid(admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=q1"));
      String second = Tasks.upid(admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=q2"));
      Tasks.await(admin, second);
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(Tasks.await(admin, first).get("exitstatus").asText()).isEqualTo("OK");
      assertThat(millis).isGreaterThanOrEqualTo(200);
      assertThat(admin.get("/nodes/pve1/lxc/101/config?snapshot=q2").data().get("parent").asText()).isEqualTo("q1");
    }
  }
}
