package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Restore from the demo lab's golden archive, the identity it keeps (seed 004), destroy, and the lock after a resize. */
class RestoreEndpointTest {
  private static final String GOLDEN = "local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(20)));

  private final PveClient admin = PveClient.admin(pve.fake());

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String restore(int vmid) {
    String upid = Tasks.upid(admin.post("/nodes/pve2/lxc", "vmid=" + vmid + "&ostemplate=" + enc(GOLDEN)
        + "&restore=1&storage=local-lvm"));
    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("OK");
    return upid;
  }

  @Test
  void should_list_the_golden_and_extract_its_embedded_config() {
    assertThat(admin.get("/nodes/pve2/storage/local/content?content=backup").body()).contains(GOLDEN);
    String config = admin.get("/nodes/pve2/vzdump/extractconfig?volume=" + enc(GOLDEN)).data().asText();

    assertThat(config).contains("hostname: felhom-golden", "hwaddr=BC:24:11:63:43:F4", "features: nesting=1,keyctl=1",
        "rootfs: local-lvm:vm-9100-disk-0,size=8G");
  }

  @Test
  void should_restore_keeping_the_archived_mac_and_hostname_until_net0_is_sent_without_hwaddr() {
    assertThat(admin.get("/cluster/nextid?vmid=130").data().asText()).isEqualTo("130");
    String upid = restore(130);

    var config = admin.get("/nodes/pve2/lxc/130/config").data();
    assertThat(upid).contains(":vzrestore:130:");
    assertThat(config.get("hostname").asText()).isEqualTo("felhom-golden");
    assertThat(config.get("net0").asText()).contains("hwaddr=BC:24:11:63:43:F4");
    assertThat(config.get("features").asText()).isEqualTo("nesting=1,keyctl=1");
    assertThat(config.get("rootfs").asText()).isEqualTo("local-lvm:vm-130-disk-0,size=8G");
    assertThat(config.has("lock")).isFalse();
    assertThat(admin.get("/cluster/nextid?vmid=130").status()).isEqualTo(400);

    admin.put("/nodes/pve2/lxc/130/config", "net0=" + enc("name=eth0,bridge=vmbr0,ip=dhcp") + "&hostname=web1");
    restore(131);
    admin.put("/nodes/pve2/lxc/131/config", "net0=" + enc("name=eth0,bridge=vmbr0,ip=dhcp") + "&hostname=web2");
    String mac130 = admin.get("/nodes/pve2/lxc/130/config").data().get("net0").asText();
    String mac131 = admin.get("/nodes/pve2/lxc/131/config").data().get("net0").asText();
    assertThat(mac130).matches(".*hwaddr=BC:24:11:[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2}.*").doesNotContain("63:43:F4");
    assertThat(mac131).doesNotContain("63:43:F4").isNotEqualTo(mac130);

    String destroy = Tasks.upid(admin.delete("/nodes/pve2/lxc/131?purge=1&destroy-unreferenced-disks=1"));
    assertThat(Tasks.await(admin, destroy).get("exitstatus").asText()).isEqualTo("OK");
    assertThat(admin.get("/nodes/pve2/lxc/131/config").status()).isEqualTo(500);
    assertThat(destroy).contains(":vzdestroy:131:");
  }

  @Test
  void should_refuse_a_taken_vmid_a_missing_archive_and_a_running_destroy() {
    var taken = admin.post("/nodes/pve2/lxc", "vmid=9101&ostemplate=" + enc(GOLDEN) + "&restore=1&storage=local-lvm");
    var missing = admin.post("/nodes/pve2/lxc", "vmid=140&ostemplate=" + enc("local:backup/nope.tar.zst")
        + "&restore=1&storage=local-lvm");
    var running = admin.delete("/nodes/pve2/lxc/9101");

    assertThat(taken.message()).startsWith("CT 9101 already exists");
    assertThat(missing.message()).startsWith("volume 'local:backup/nope.tar.zst' does not exist");
    assertThat(running.message()).startsWith("CT 9101 is running - destroy failed");
  }

  @Test
  void should_meet_the_config_lock_once_right_after_a_resize() {
    restore(150);
    String upid = Tasks.upid(admin.put("/nodes/pve2/lxc/150/resize", "disk=rootfs&size=10G"));
    Tasks.await(admin, upid);

    var first = admin.put("/nodes/pve2/lxc/150/config", "mp0=" + enc("local-lvm:1,mp=/srv"));
    var retry = admin.put("/nodes/pve2/lxc/150/config", "mp0=" + enc("local-lvm:1,mp=/srv"));

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.message()).contains("can't lock file '/run/lock/lxc/pve-config-150.lock' - got timeout");
    assertThat(retry.status()).isEqualTo(200);
  }
}
