package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WriteFaultsTest {
  private static final String LOCK_101 = "can't lock file '/run/lock/lxc/pve-config-101.lock' - got timeout";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(30)));

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_refuse_a_write_within_the_contention_window_then_accept_the_retry() throws Exception {
    pve.fake().faults().lockContention(9101, Duration.ofMillis(400));
    assertThat(admin.put("/nodes/pve2/lxc/9102/config", "description=warm-up").status()).isEqualTo(200);

    Tasks.upid(admin.put("/nodes/pve2/lxc/9101/resize", "disk=rootfs&size=%2B2G"));
    PveClient.Response attach = admin.put("/nodes/pve2/lxc/9101/config", "mp0=local-lvm:1,mp=/mnt/spike-test");
    Thread.sleep(450);
    PveClient.Response retry = admin.put("/nodes/pve2/lxc/9101/config", "mp0=local-lvm:1,mp=/mnt/spike-test");

    assertThat(attach.status()).isEqualTo(500);
    assertThat(attach.message()).isEqualTo("can't lock file '/run/lock/lxc/pve-config-9101.lock' - got timeout\n");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(admin.get("/nodes/pve2/lxc/9101/config").data().get("mp0").asText())
        .startsWith("local-lvm:vm-9101-disk-");
  }

  @Test
  void should_fail_the_task_of_a_contended_task_write() {
    pve.fake().faults().lockContention(101, Duration.ofSeconds(5));

    assertThat(admin.put("/nodes/pve1/lxc/101/config", "description=first").status()).isEqualTo(200);
    String upid = Tasks.upid(admin.post("/nodes/pve1/lxc/101/snapshot", "snapname=contended"));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo(LOCK_101);
    assertThat(Tasks.log(admin, upid)).containsExactly("TASK ERROR: " + LOCK_101);
  }

  @Test
  void should_time_out_the_lock_of_the_next_writes() {
    pve.fake().faults().lockTimeout(200, 2);

    PveClient.Response config = admin.put("/nodes/pve1/lxc/200/config", "description=x");
    String stop = Tasks.upid(admin.post("/nodes/pve1/lxc/200/status/stop", ""));
    String stopExit = Tasks.await(admin, stop).get("exitstatus").asText();
    PveClient.Response again = admin.put("/nodes/pve1/lxc/200/config", "description=y");

    assertThat(config.status()).isEqualTo(500);
    assertThat(config.message()).isEqualTo("can't lock file '/run/lock/lxc/pve-config-200.lock' - got timeout\n");
    assertThat(stopExit).isEqualTo("can't lock file '/run/lock/lxc/pve-config-200.lock' - got timeout");
    assertThat(admin.get("/nodes/pve1/lxc/200/status/current").data().get("status").asText()).isEqualTo("running");
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void should_fail_the_next_task_as_told_and_run_the_one_after() {
    pve.fake().faults().failNextTask(9102, "command 'lxc-stop -n 9102 --kill' failed: exit code 1",
        List.of("lxc-stop: 9102: ../src/lxc/commands.c: lxc_cmd_rsp_recv: 167 Connection reset by peer"));

    String failed = Tasks.upid(admin.post("/nodes/pve2/lxc/9102/status/stop", ""));
    JsonNode status = Tasks.await(admin, failed);
    String running = admin.get("/nodes/pve2/lxc/9102/status/current").data().get("status").asText();
    String next = Tasks.exit(admin, admin.post("/nodes/pve2/lxc/9102/status/stop", ""));

    assertThat(status.get("exitstatus").asText()).isEqualTo("command 'lxc-stop -n 9102 --kill' failed: exit code 1");
    assertThat(Tasks.log(admin, failed)).containsExactly(
        "lxc-stop: 9102: ../src/lxc/commands.c: lxc_cmd_rsp_recv: 167 Connection reset by peer",
        "TASK ERROR: command 'lxc-stop -n 9102 --kill' failed: exit code 1");
    assertThat(running).isEqualTo("running");
    assertThat(next).isEqualTo("OK");
  }

  @Test
  void should_serialize_concurrent_snapshots_of_one_guest_into_a_chain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<String>> writes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "c" + i;
      writes.add(CompletableFuture.supplyAsync(() -> Tasks.upid(PveClient.admin(pve.fake())
          .post("/nodes/pve2/lxc/105/snapshot", "snapname=" + name)), pool));
    }
    List<String> upids = new ArrayList<>();
    for (CompletableFuture<String> write : writes) {
      upids.add(write.get());
    }
    pool.shutdown();
    upids.forEach(upid -> assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("OK"));

    JsonNode snapshots = admin.get("/nodes/pve2/lxc/105/snapshot").data();
    Set<String> parents = new HashSet<>();
    snapshots.forEach(s -> {
      if (s.has("parent")) {
        assertThat(parents.add(s.get("parent").asText())).as("one child per parent").isTrue();
      }
    });
    assertThat(snapshots).hasSize(9);
    assertThat(parents).hasSize(8);
  }
}
