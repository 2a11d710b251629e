package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {
  private static final String LAB = """
      {"name": "tiny", "cluster": "c",
       "nodes": [{"name": "n1", "ip": "10.0.0.1", "maxcpu": 4, "maxmem": 8589934592, "uptime": "P1D"},
                 {"name": "n2", "ip": "10.0.0.2", "maxcpu": 4, "maxmem": 8589934592, "uptime": 3600}],
       "tokens": [{"id": "ops@pve!ci", "secret": "fixed-secret", "acl": {"/vms/110": ["VM.Audit"]}}],
       "guests": [{"vmid": 110, "node": "n1", "status": "running", "config": {"hostname": "web", "memory": 256},
                   "snapshots": [{"name": "s1", "age": "P3D"}]},
                  {"vmid": 111, "node": "n2", "config": {"hostname": "hidden"}}],
       "faults": {"offlineNodes": ["n2"], "lockTimeouts": {"110": 1}}}
      """;

  @Test
  void should_load_a_scenario_file_with_fixed_secret_acl_and_declared_faults(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), LAB);

    try (FakeProxmox pve = FakeProxmox.builder().scenario(Scenario.fromFile(file)).build().start()) {
      PveClient client = PveClient.admin(pve);

      assertThat(pve.tokenSecret()).isEqualTo("fixed-secret");
      assertThat(client.get("/cluster/resources?type=vm").data()).hasSize(1);
      assertThat(client.get("/nodes/n1/lxc/110/config").status()).isEqualTo(500);
      assertThat(client.get("/nodes/n1/lxc/110/config").data().get("hostname").asText()).isEqualTo("web");
      assertThat(client.get("/nodes/n2/lxc").status()).isEqualTo(596);
      pve.faults().nodeOnline("n2");
      assertThat(client.get("/nodes/n2/lxc").status()).isEqualTo(200);
      pve.faults().clear();
      assertThat(client.get("/nodes/n2/lxc").status()).isEqualTo(596);
    }
  }

  @Test
  void should_fail_starts_as_the_scenario_declares_and_apply_its_lock_contention(@TempDir Path dir)
      throws Exception {
    String failing = LAB.replace("\"config\": {\"hostname\": \"hidden\"}}", """
        "config": {"hostname": "hidden"},
         "startFailure": {"log": ["run_buffer: 322 Script exited with status 255"],
                          "exitstatus": "startup for container '111' failed",
                          "journal": [{"ident": "systemd[1]", "message": "pve-container@111.service: failed"},
                                      {"unit": "", "ident": "kernel", "message": "oops"}]}}""")
        .replace("\"lockTimeouts\": {\"110\": 1}", "\"lockContention\": {\"110\": \"PT5S\"}")
        .replace("{\"/vms/110\": [\"VM.Audit\"]}",
            "{\"/\": [\"VM.Audit\", \"VM.PowerMgmt\", \"VM.Config.Options\", \"Sys.Syslog\"]}");
    Path file = Files.writeString(dir.resolve("failing.json"), failing);

    try (FakeProxmox pve = FakeProxmox.builder().scenario(Scenario.fromFile(file))
        .taskDuration(java.time.Duration.ofMillis(20)).build().start()) {
      pve.faults().nodeOnline("n2");
      PveClient client = PveClient.admin(pve);
      String upid = Tasks.upid(client.post("/nodes/n2/lxc/111/status/start", ""));
      String exit = Tasks.await(client, upid).get("exitstatus").asText();
      var unit = TaskAndSyslogTest.texts(client.get("/nodes/n2/syslog?service=pve-container@111").data());
      var kernel = TaskAndSyslogTest.texts(client.get("/nodes/n2/syslog").data());
      int first = client.put("/nodes/n1/lxc/110/config", "description=a").status();
      PveClient.Response second = client.put("/nodes/n1/lxc/110/config", "description=b");

      assertThat(exit).isEqualTo("startup for container '111' failed");
      assertThat(Tasks.log(client, upid)).containsExactly("run_buffer: 322 Script exited with status 255",
          "TASK ERROR: startup for container '111' failed");
      assertThat(unit).singleElement().asString().endsWith("n2 systemd[1]: pve-container@111.service: failed");
      assertThat(kernel).anyMatch(l -> l.endsWith("n2 kernel: oops"));
      assertThat(first).isEqualTo(200);
      assertThat(second.message()).isEqualTo("can't lock file '/run/lock/lxc/pve-config-110.lock' - got timeout\n");
    }
  }

  @Test
  void should_warn_about_unknown_keys_and_refuse_unknown_nodes(@TempDir Path dir) throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.json"), LAB.replace("\"cluster\"", "\"clustr\""));
    Path badNode = Files.writeString(dir.resolve("bad.json"), LAB.replace("\"node\": \"n2\"", "\"node\": \"n9\""));

    assertThat(Scenario.fromFile(typo).warnings()).singleElement().asString().contains("$.clustr: unknown field");
    assertThatThrownBy(() -> Scenario.fromFile(badNode))
        .isInstanceOf(LabFileException.class).hasMessageContaining("n9");
  }
}
