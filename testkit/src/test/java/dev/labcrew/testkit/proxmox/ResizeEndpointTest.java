package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResizeEndpointTest {
  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents")
      .configure(b -> b.taskDuration(Duration.ofMillis(30)));

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_grow_a_volume_in_a_resize_task() {
    String upid = Tasks.upid(admin.put("/nodes/pve1/lxc/101/resize", "disk=rootfs&size=%2B2G"));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("OK");
    assertThat(upid).contains(":resize:101:root@pam!labcrew:");
    assertThat(admin.get("/nodes/pve1/lxc/101/config").data().get("rootfs").asText())
        .isEqualTo("local-lvm:vm-101-disk-0,size=6G");
    assertThat(admin.get("/nodes/pve1/lxc/101/status/current").data().get("maxdisk").asLong()).isEqualTo(6L << 30);
    assertThat(Tasks.log(admin, upid)).startsWith(
        "  Size of logical volume pve/vm-101-disk-0 changed from 4.00 GiB (1024 extents) to 6.00 GiB (1536 extents).",
        "  Logical volume pve/vm-101-disk-0 successfully resized.").endsWith(
        "The filesystem on /dev/pve/vm-101-disk-0 is now 1572864 (4k) blocks long.", "TASK OK");
  }

  @Test
  void should_grow_to_an_absolute_size_and_keep_the_mount_point_options() {
    String upid = Tasks.upid(admin.put("/nodes/pve2/lxc/105/resize", "disk=mp0&size=150G"));

    assertThat(Tasks.await(admin, upid).get("exitstatus").asText()).isEqualTo("OK");
    assertThat(admin.get("/nodes/pve2/lxc/105/config").data().get("mp0").asText())
        .isEqualTo("local-lvm:vm-105-disk-1,mp=/srv/export,backup=1,size=150G");
  }

  @Test
  void should_refuse_to_shrink_before_forking_a_task() {
    PveClient.Response shrink = admin.put("/nodes/pve1/lxc/200/resize", "disk=rootfs&size=20G");
    PveClient.Response same = admin.put("/nodes/pve1/lxc/200/resize", "disk=rootfs&size=32G");

    assertThat(shrink.status()).isEqualTo(500);
    assertThat(shrink.message()).isEqualTo("unable to shrink disk size\n");
    assertThat(same.message()).isEqualTo("disk is already at specified size\n");
    assertThat(admin.get("/nodes/pve1/tasks?vmid=200&typefilter=resize&source=all").data()).isEmpty();
  }

  @Test
  void should_refuse_bad_sizes_disks_and_missing_privileges() {
    PveClient.Response size = admin.put("/nodes/pve1/lxc/200/resize", "disk=rootfs&size=2X");
    PveClient.Response disk = admin.put("/nodes/pve1/lxc/200/resize", "disk=sda&size=1G");
    PveClient.Response bind = admin.put("/nodes/pve1/lxc/102/resize", "disk=mp0&size=%2B1G");
    PveClient.Response auditor = PveClient.as(pve.fake(), "auditor@pve!readonly")
        .put("/nodes/pve1/lxc/200/resize", "disk=rootfs&size=%2B1G");

    assertThat(size.json().get("errors").get("size").asText()).isEqualTo("value does not match the regex pattern");
    assertThat(disk.json().get("errors").get("disk").asText())
        .startsWith("value 'sda' does not have a value in the enumeration 'rootfs, mp0, mp1,");
    assertThat(bind.message()).isEqualTo("unable to parse volume ID '/root/proxmox-hardening-source'\n");
    assertThat(auditor.message()).isEqualTo("Permission check failed (/vms/200, VM.Config.Disk)\n");
  }
}
