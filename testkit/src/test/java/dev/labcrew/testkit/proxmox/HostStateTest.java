package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostStateTest {
  private static final String LAB = """
      {"nodes": [{"name": "n1", "ip": "10.0.0.1", "maxcpu": 4, "maxmem": 8589934592},
                 {"name": "n2", "ip": "10.0.0.2", "maxcpu": 4, "maxmem": 8589934592}],
       "storages": [{"storage": "local-lvm", "type": "lvmthin", "content": "rootdir,images",
                     "disk": 95, "maxdisk": 100},
                    {"storage": "nas-nfs", "type": "nfs", "content": "rootdir,backup", "shared": true,
                     "active": false, "disk": 10, "maxdisk": 100}],
       "missingHostPaths": {"n1": ["/mnt/media"]},
       "guests": [{"vmid": 110, "node": "n1", "config": {"rootfs": "nas-nfs:110/vm-110-disk-0.raw,size=8G"}},
                  {"vmid": 111, "node": "n1", "config": {"rootfs": "local-lvm:vm-111-disk-0,size=8G",
                                                        "mp0": "/mnt/media,mp=/media"}},
                  {"vmid": 112, "node": "n1", "config": {"rootfs": "local-lvm:vm-112-disk-0,size=8G",
                                                        "mp0": "/mnt/other,mp=/other"}}]}
      """;

  @TempDir
  Path dir;

  @Test
  void should_report_storage_state_per_node_and_fail_a_start_on_an_inactive_storage() throws Exception {
    try (FakeProxmox pve = start(LAB)) {
      PveClient client = PveClient.admin(pve);

      JsonNode list = client.get("/nodes/n1/storage").data();
      assertThat(list).hasSize(2);
      assertThat(list.get(1).get("active").asInt()).isZero();
      assertThat(list.get(0).get("used_fraction").asDouble()).isEqualTo(0.95);
      assertThat(client.get("/nodes/n1/storage/nas-nfs/status").data().get("active").asInt()).isZero();
      assertThat(client.get("/nodes/n1/storage/nope/status").status()).isEqualTo(500);
      JsonNode task = Tasks.await(client, Tasks.upid(client.post("/nodes/n1/lxc/110/status/start", "")));
      assertThat(task.get("exitstatus").asText()).isEqualTo("storage 'nas-nfs' is not online");
    }
  }

  @Test
  void should_fail_the_prestart_hook_when_a_bind_mount_source_is_missing() throws Exception {
    try (FakeProxmox pve = start(LAB)) {
      PveClient client = PveClient.admin(pve);

      String missing = Tasks.upid(client.post("/nodes/n1/lxc/111/status/start", ""));
      String present = Tasks.upid(client.post("/nodes/n1/lxc/112/status/start", ""));

      assertThat(Tasks.await(client, missing).get("exitstatus").asText())
          .isEqualTo("startup for container '111' failed");
      assertThat(Tasks.log(client, missing)).contains("directory '/mnt/media' does not exist");
      assertThat(Tasks.await(client, present).get("exitstatus").asText()).isEqualTo("OK");
    }
  }

  @Test
  void should_refuse_every_write_without_creating_a_task_when_quorum_is_lost() throws Exception {
    try (FakeProxmox pve = start(LAB.replace("\"missingHostPaths\"", "\"quorate\": false, \"missingHostPaths\""))) {
      PveClient client = PveClient.admin(pve);

      PveClient.Response start = client.post("/nodes/n1/lxc/112/status/start", "");

      assertThat(start.status()).isEqualTo(500);
      assertThat(start.message()).isEqualTo("cluster not ready - no quorum?\n");
      assertThat(client.get("/cluster/status").data().get(0).get("quorate").asInt()).isZero();
      assertThat(client.get("/nodes/n1/tasks").data()).isEmpty();
    }
  }

  private FakeProxmox start(String json) throws Exception {
    Path file = Files.writeString(dir.resolve("lab.json"), json);
    return FakeProxmox.builder().scenario(Scenario.fromFile(file)).taskDuration(Duration.ofMillis(10)).build().start();
  }
}
