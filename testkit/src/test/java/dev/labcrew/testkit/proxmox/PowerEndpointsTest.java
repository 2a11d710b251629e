package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PowerEndpointsTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(30)));

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_stop_a_running_ct_then_start_it_again_with_fresh_counters() {
    int oldPid = admin.get("/nodes/pve1/lxc/101/status/current").data().get("pid").asInt();

    String stop = Tasks.upid(admin.post("/nodes/pve1/lxc/101/status/stop", ""));
    JsonNode stopped = Tasks.await(admin, stop);
    JsonNode afterStop = admin.get("/nodes/pve1/lxc/101/status/current").data();
    long beforeStart = System.nanoTime();
    String start = Tasks.upid(admin.post("/nodes/pve1/lxc/101/status/start", ""));
    JsonNode started = Tasks.await(admin, start);
    JsonNode afterStart = admin.get("/nodes/pve1/lxc/101/status/current").data();
    // Fresh counters: up no longer than this test has waited since asking for the start, however slow the machine.
    long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - beforeStart) + 1;

    assertThat(stop).contains(":vzstop:101:root@pam!labcrew:");
    assertThat(stopped.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(stopped.get("user").asText()).isEqualTo("root@pam");
    assertThat(stopped.get("tokenid").asText()).isEqualTo("labcrew");
    assertThat(Tasks.log(admin, stop)).containsExactly("TASK OK");
    assertThat(afterStop.get("status").asText()).isEqualTo("stopped");
    assertThat(afterStop.has("pid")).isFalse();
    assertThat(afterStop.get("uptime").asLong()).isZero();
    assertThat(afterStop.get("mem").asLong()).isZero();
    assertThat(afterStop.get("cpu").asDouble()).isZero();
    assertThat(start).contains(":vzstart:101:root@pam!labcrew:");
    assertThat(started.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(afterStart.get("status").asText()).isEqualTo("running");
    assertThat(afterStart.get("pid").asInt()).isPositive().isNotEqualTo(oldPid);
    assertThat(afterStart.get("uptime").asLong()).isLessThanOrEqualTo(waited);
    assertThat(afterStart.get("mem").asLong()).isPositive().isLessThan(afterStart.get("maxmem").asLong());
    assertThat(afterStart.get("cpu").asDouble()).isPositive();
    assertThat(TaskAndSyslogTest.texts(admin.get("/nodes/pve1/syslog?service=pve-container@101&start=1").data()))
        .last().asString().endsWith("systemd[1]: Started pve-container@101.service - PVE LXC Container: 101.");
  }

  @Test
  void should_answer_500_when_the_ct_is_already_in_the_wanted_state() {
    PveClient.Response start = admin.post("/nodes/pve1/lxc/200/status/start", "");
    PveClient.Response stop = admin.post("/nodes/pve1/lxc/102/status/stop", "");
    PveClient.Response shutdown = admin.post("/nodes/pve1/lxc/102/status/shutdown", "");
    PveClient.Response reboot = admin.post("/nodes/pve1/lxc/102/status/reboot", "");

    assertThat(start.status()).isEqualTo(500);
    assertThat(start.message()).isEqualTo("CT 200 already running\n");
    assertThat(stop.status()).isEqualTo(500);
    assertThat(stop.message()).isEqualTo("CT 102 not running\n");
    assertThat(shutdown.message()).isEqualTo("CT 102 not running\n");
    assertThat(reboot.status()).isEqualTo(500);
    assertThat(reboot.message()).isEqualTo("VM 102 not running\n");
  }

  @Test
  void should_shut_down_with_timeout_and_force_stop() {
    PveClient.Response response = admin.post("/nodes/pve2/lxc/9101/status/shutdown", "timeout=30&forceStop=1");

    assertThat(Tasks.exit(admin, response)).isEqualTo("OK");
    assertThat(response.data().asText()).contains(":vzshutdown:9101:");
    assertThat(admin.get("/nodes/pve2/lxc/9101/status/current").data().get("status").asText())
        .isEqualTo("stopped");
  }

  @Test
  void should_reboot_a_running_ct_into_a_new_process() {
    JsonNode before = admin.get("/nodes/pve2/lxc/9102/status/current").data();

    String upid = Tasks.upid(admin.post("/nodes/pve2/lxc/9102/status/reboot", "timeout=10"));
    JsonNode task = Tasks.await(admin, upid);
    JsonNode after = admin.get("/nodes/pve2/lxc/9102/status/current").data();

    assertThat(task.get("type").asText()).isEqualTo("vzreboot");
    assertThat(task.get("exitstatus").asText()).isEqualTo("OK");
    assertThat(after.get("status").asText()).isEqualTo("running");
    assertThat(after.get("pid").asInt()).isNotEqualTo(before.get("pid").asInt());
    assertThat(after.get("uptime").asLong()).isLessThan(before.get("uptime").asLong());
  }

  @Test
  void should_accept_a_json_body() {
    PveClient.Response response = admin.send("POST", "/api2/json/nodes/pve2/lxc/105/status/shutdown",
        "{\"timeout\": 10, \"forceStop\": true}", "application/json");

    assertThat(Tasks.exit(admin, response)).isEqualTo("OK");
    assertThat(admin.get("/nodes/pve2/lxc/105/status/current").data().get("status").asText())
        .isEqualTo("stopped");
  }

  @Test
  void should_fail_the_start_task_of_a_locked_ct() {
    String upid = Tasks.upid(admin.post("/nodes/pve2/lxc/103/status/start", ""));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("CT is locked (backup)");
    assertThat(Tasks.log(admin, upid)).containsExactly("TASK ERROR: CT is locked (backup)");
    assertThat(admin.get("/nodes/pve2/lxc/103/status/current").data().get("status").asText())
        .isEqualTo("stopped");
  }

  @Test
  void should_refuse_skiplock_to_a_token_and_bad_parameters() {
    PveClient.Response skiplock = admin.post("/nodes/pve1/lxc/102/status/start", "skiplock=1");
    PveClient.Response timeout = admin.post("/nodes/pve1/lxc/200/status/shutdown", "timeout=-1");
    PveClient.Response unknown = admin.post("/nodes/pve1/lxc/200/status/shutdown", "force=1");

    assertThat(skiplock.status()).isEqualTo(400);
    assertThat(skiplock.json().get("errors").get("skiplock").asText()).isEqualTo("Only root may use this option.");
    assertThat(timeout.status()).isEqualTo(400);
    assertThat(timeout.message()).isEqualTo("Parameter verification failed.\n");
    assertThat(timeout.json().get("errors").get("timeout").asText()).isEqualTo("value must have a minimum value of 0");
    assertThat(unknown.json().get("errors").get("force").asText()).contains("not defined in schema");
  }

  @Test
  void should_refuse_power_actions_without_vm_power_mgmt() {
    PveClient auditor = PveClient.as(pve.fake(), "auditor@pve!readonly");

    for (String action : List.of("start", "stop", "shutdown", "reboot")) {
      PveClient.Response response = auditor.post("/nodes/pve1/lxc/200/status/" + action, "");
      assertThat(response.status()).isEqualTo(403);
      assertThat(response.message()).isEqualTo("Permission check failed (/vms/200, VM.PowerMgmt)\n");
    }
  }
}
