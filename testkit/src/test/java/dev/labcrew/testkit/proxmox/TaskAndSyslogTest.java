package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaskAndSyslogTest {
  private static final String UPID =
      "^UPID:[a-zA-Z0-9-]+:[0-9A-F]{8}:[0-9A-F]{8,9}:[0-9A-F]{8}:[^:\\s/]+:[^:\\s/]*:[^:\\s/]+:$";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private PveClient admin() {
    return PveClient.admin(pve.fake());
  }

  @Test
  void should_filter_tasks_by_vmid_and_type_newest_first() {
    PveClient.Response response = admin().get("/nodes/pve1/tasks?vmid=102&typefilter=vzstart");
    JsonNode rows = response.data();

    assertThat(rows).hasSize(3);
    assertThat(response.json().get("total").asInt()).isEqualTo(3);
    JsonNode boot = rows.get(0);
    assertThat(boot.get("status").asText()).isEqualTo("unable to get PID for CT 102 (not running?)");
    assertThat(boot.get("user").asText()).isEqualTo("root@pam");
    assertThat(boot.get("upid").asText()).matches(UPID).contains(":vzstart:102:root@pam:");
    assertThat(rows.get(0).get("starttime").asLong()).isGreaterThan(rows.get(1).get("starttime").asLong());
  }

  @Test
  void should_page_and_filter_errors() {
    JsonNode page = admin().get("/nodes/pve1/tasks?start=1&limit=2").json();
    JsonNode errors = admin().get("/nodes/pve1/tasks?errors=1").data();

    assertThat(page.get("data")).hasSize(2);
    assertThat(page.get("total").asInt()).isGreaterThan(3);
    assertThat(errors).hasSize(2);
  }

  @Test
  void should_give_status_and_log_of_the_failed_boot_start() {
    String upid = admin().get("/nodes/pve1/tasks?vmid=102&typefilter=vzstart&limit=1").data().get(0)
        .get("upid").asText();

    JsonNode status = admin().get("/nodes/pve1/tasks/" + upid + "/status").data();
    PveClient.Response log = admin().get("/nodes/pve1/tasks/" + upid + "/log");

    assertThat(status.get("status").asText()).isEqualTo("stopped");
    assertThat(status.get("exitstatus").asText()).isEqualTo("unable to get PID for CT 102 (not running?)");
    assertThat(texts(log.data())).containsExactly(
        "problem with monitor socket, but continuing anyway: got timeout",
        "TASK ERROR: unable to get PID for CT 102 (not running?)");
    assertThat(log.json().get("total").asInt()).isEqualTo(2);
    assertThat(log.data().get(0).get("n").asInt()).isEqualTo(1);
  }

  @Test
  void should_split_user_and_tokenid_for_token_tasks() {
    String upid = admin().get("/nodes/pve1/tasks?vmid=902").data().get(0).get("upid").asText();

    JsonNode status = admin().get("/nodes/pve1/tasks/" + upid + "/status").data();
    JsonNode log = admin().get("/nodes/pve1/tasks/" + upid + "/log?start=5&limit=10").data();

    assertThat(upid).endsWith(":vzstart:902:root@pam!labcrew:");
    assertThat(status.get("user").asText()).isEqualTo("root@pam");
    assertThat(status.get("tokenid").asText()).isEqualTo("labcrew");
    assertThat(texts(log)).containsExactly("__lxc_start: 2114 Failed to spawn container \"902\"",
        "TASK ERROR: startup for container '902' failed");
  }

  @Test
  void should_refuse_a_malformed_upid() {
    PveClient.Response response = admin().get("/nodes/pve1/tasks/UPID:nonsense/status");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").has("upid")).isTrue();
  }

  @Test
  void should_serve_the_unit_journal_oldest_first_in_journal_format() {
    PveClient.Response response = admin().get("/nodes/pve1/syslog?service=pve-container@102");
    List<String> lines = texts(response.data());

    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).matches("[A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} pve1 systemd\\[1\\]: Started .*");
    assertThat(lines.get(lines.size() - 1))
        .endsWith("systemd[1]: Failed to start pve-container@102.service - PVE LXC Container: 102.");
    assertThat(lines).anyMatch(l -> l.endsWith("Failed at step STDERR spawning /usr/bin/lxc-start: No such file or directory"));
    assertThat(lines).noneMatch(l -> l.contains("pve-container@200") || l.contains("pveproxy"));
  }

  @Test
  void should_page_the_journal_with_start_limit_and_total() {
    int total = admin().get("/nodes/pve1/syslog?limit=1").json().get("total").asInt();

    PveClient.Response tail = admin().get("/nodes/pve1/syslog?start=" + (total - 2) + "&limit=50");

    assertThat(total).isGreaterThan(20);
    assertThat(tail.data()).hasSize(2);
    assertThat(tail.data().get(0).get("n").asInt()).isEqualTo(total - 1);
    assertThat(admin().get("/nodes/pve1/syslog").data()).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void should_filter_the_journal_since_a_node_local_time() {
    String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .format(Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC));

    List<String> lines = texts(admin().get("/nodes/pve1/syslog?service=pve-container@102&since="
        + since.replace(" ", "%20")).data());

    assertThat(lines).hasSize(7).noneMatch(l -> l.contains("Started pve-container@102"));
  }

  @Test
  void should_answer_no_content_for_an_empty_journal_selection() {
    PveClient.Response response = admin().get("/nodes/pve2/syslog?service=nothing-here");

    assertThat(texts(response.data())).containsExactly("no content");
  }

  static List<String> texts(JsonNode rows) {
    List<String> texts = new ArrayList<>();
    rows.forEach(r -> texts.add(r.get("t").asText()));
    return texts;
  }
}
