package dev.labcrew.testkit.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfigEndpointTest {
  private static final String ALL_CONFIG_PRIVS =
      "VM.Config.Disk|VM.Config.CPU|VM.Config.Memory|VM.Config.Network|VM.Config.Options";

  @RegisterExtension
  static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

  private final PveClient admin = PveClient.admin(pve.fake());

  @Test
  void should_update_memory_swap_and_cores_with_the_current_digest_and_show_them_in_status() {
    String digest = admin.get("/nodes/pve1/lxc/101/config").data().get("digest").asText();

    PveClient.Response response = admin.put("/nodes/pve1/lxc/101/config",
        "memory=2048&swap=1024&cores=2&digest=" + digest);
    JsonNode config = admin.get("/nodes/pve1/lxc/101/config").data();
    JsonNode status = admin.get("/nodes/pve1/lxc/101/status/current").data();
    JsonNode resource = GuestEndpointsTest.find(admin.get("/cluster/resources?type=vm").data(), "lxc/101");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"data\":null}");
    assertThat(config.get("memory").asInt()).isEqualTo(2048);
    assertThat(config.get("memory").isInt()).isTrue();
    assertThat(config.get("swap").asInt()).isEqualTo(1024);
    assertThat(config.get("digest").asText()).isNotEqualTo(digest).matches("[0-9a-f]{40}");
    assertThat(status.get("maxmem").asLong()).isEqualTo(2048L << 20);
    assertThat(status.get("maxswap").asLong()).isEqualTo(1024L << 20);
    assertThat(status.get("cpus").asInt()).isEqualTo(2);
    assertThat(resource.get("maxmem").asLong()).isEqualTo(2048L << 20);
    assertThat(resource.get("maxcpu").asInt()).isEqualTo(2);
  }

  @Test
  void should_refuse_a_stale_digest_and_leave_the_config_alone() {
    String stale = admin.get("/nodes/pve1/lxc/102/config").data().get("digest").asText();
    assertThat(admin.put("/nodes/pve1/lxc/102/config", "description=first").status()).isEqualTo(200);

    PveClient.Response response = admin.put("/nodes/pve1/lxc/102/config", "description=second&digest=" + stale);

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.message())
        .isEqualTo("detected modified configuration - file changed by other user? Try again.\n");
    assertThat(admin.get("/nodes/pve1/lxc/102/config").data().get("description").asText()).isEqualTo("first");
  }

  @Test
  void should_delete_keys_and_normalize_options_from_a_json_body() {
    // deleting features=nesting=1 changes nesting, which needs VM.Allocate; the whole update is refused
    pve.fake().faults().revoke("root@pam!labcrew", "/vms", "VM.Allocate"); // the demo token may provision guests
    PveClient.Response response = admin.send("PUT", "/api2/json/nodes/pve1/lxc/902/config",
        "{\"onboot\": true, \"tags\": \"Web;dns web\", \"delete\": \"swap,features\"}", "application/json");
    JsonNode config = admin.get("/nodes/pve1/lxc/902/config").data();

    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(response.message()).isEqualTo("Permission check failed (/vms/902, VM.Allocate)\n");
    assertThat(config.has("swap")).isTrue();

    PveClient.Response allowed = admin.send("PUT", "/api2/json/nodes/pve1/lxc/902/config",
        "{\"onboot\": true, \"tags\": \"Web;dns web\", \"delete\": \"swap\"}", "application/json");
    JsonNode after = admin.get("/nodes/pve1/lxc/902/config").data();

    assertThat(allowed.status()).isEqualTo(200);
    assertThat(after.has("swap")).isFalse();
    assertThat(after.get("onboot").asInt()).isEqualTo(1);
    assertThat(after.get("tags").asText()).isEqualTo("dns;web");
  }

  @Test
  void should_answer_400_for_values_outside_the_schema() {
    PveClient.Response memory = admin.put("/nodes/pve1/lxc/101/config", "memory=8&cores=0&onboot=maybe");
    PveClient.Response raw = admin.put("/nodes/pve1/lxc/101/config", "lxc.apparmor.profile=unconfined");
    PveClient.Response both = admin.put("/nodes/pve1/lxc/101/config", "memory=1024&delete=memory");
    PveClient.Response unknown = admin.put("/nodes/pve1/lxc/101/config", "delete=bogus");

    assertThat(memory.status()).isEqualTo(400);
    assertThat(memory.json().get("errors").get("memory").asText()).isEqualTo("value must have a minimum value of 16");
    assertThat(memory.json().get("errors").get("cores").asText()).isEqualTo("value must have a minimum value of 1");
    assertThat(memory.json().get("errors").get("onboot").asText())
        .isEqualTo("type check ('boolean') failed - got 'maybe'");
    assertThat(raw.json().get("errors").get("lxc.apparmor.profile").asText()).contains("not defined in schema");
    assertThat(both.json().get("errors").get("delete").asText())
        .isEqualTo("you can't use '-memory' and -delete memory' at the same time");
    assertThat(unknown.json().get("errors").get("delete").asText()).isEqualTo("unknown option 'bogus'");
  }

  @Test
  void should_answer_500_for_required_keys_and_empty_updates_and_locked_cts() {
    PveClient.Response required = admin.put("/nodes/pve1/lxc/101/config", "delete=memory");
    PveClient.Response empty = admin.put("/nodes/pve1/lxc/101/config", "");
    PveClient.Response locked = admin.put("/nodes/pve2/lxc/103/config", "description=x");
    PveClient.Response protectedDisk = admin.put("/nodes/pve1/lxc/200/config",
        "rootfs=nvme2tb:subvol-200-disk-0,size=40G");

    assertThat(required.message()).isEqualTo("unable to delete required option 'memory'\n");
    assertThat(empty.message()).isEqualTo("no options specified\n");
    assertThat(locked.status()).isEqualTo(500);
    assertThat(locked.message()).isEqualTo("CT is locked (backup)\n");
    assertThat(protectedDisk.message()).isEqualTo("can't update CT 200 drive 'rootfs' - protection mode enabled\n");
    assertThat(admin.get("/nodes/pve1/lxc/200/config").data().get("protection").asInt()).isEqualTo(1);
  }

  @Test
  void should_keep_root_only_changes_from_a_token() {
    pve.fake().faults().revoke("root@pam!labcrew", "/vms", "VM.Allocate"); // the demo token may provision guests
    PveClient.Response device = admin.put("/nodes/pve2/lxc/9101/config", "dev0=/dev/fuse");
    PveClient.Response bind = admin.put("/nodes/pve2/lxc/9101/config", "mp2=/srv/host,mp=/mnt/host");
    PveClient.Response privileged = admin.put("/nodes/pve2/lxc/105/config", "features=nesting=1");
    PveClient.Response nesting = admin.put("/nodes/pve2/lxc/9101/config", "features=keyctl=1");
    PveClient.Response nestingOnly = admin.put("/nodes/pve1/lxc/101/config", "features=nesting=0");

    assertThat(device.message())
        .isEqualTo("Permission check failed (configuring device passthrough is only allowed for root@pam)\n");
    assertThat(bind.message())
        .isEqualTo("Permission check failed (mount point type bind is only allowed for root@pam)\n");
    assertThat(privileged.message()).isEqualTo(
        "Permission check failed (changing feature flags for privileged container is only allowed for root@pam)\n");
    assertThat(nesting.status()).isEqualTo(403);
    assertThat(nestingOnly.message()).isEqualTo("Permission check failed (/vms/101, VM.Allocate)\n");
  }

  @Test
  void should_check_the_privilege_of_each_key() {
    PveClient.Response auditor = PveClient.as(pve.fake(), "auditor@pve!readonly")
        .put("/nodes/pve2/lxc/9102/config", "memory=1024");
    pve.fake().faults().revoke("root@pam!labcrew", "/vms/9102", "VM.Config.Memory");
    PveClient.Response memory = admin.put("/nodes/pve2/lxc/9102/config", "memory=1024");
    PveClient.Response options = admin.put("/nodes/pve2/lxc/9102/config", "description=ok");

    assertThat(auditor.status()).isEqualTo(403);
    assertThat(auditor.message()).isEqualTo("Permission check failed (/vms/9102, " + ALL_CONFIG_PRIVS + ")\n");
    assertThat(memory.message()).isEqualTo("Permission check failed (/vms/9102, VM.Config.Memory)\n");
    assertThat(options.status()).isEqualTo(200);
  }

  @Test
  void should_give_a_network_without_hwaddr_a_fresh_mac_and_allocate_a_new_mount_point() {
    PveClient.Response net = admin.put("/nodes/pve2/lxc/9102/config",
        "net0=" + java.net.URLEncoder.encode("name=eth0,bridge=vmbr0,ip=dhcp", java.nio.charset.StandardCharsets.UTF_8)
            + "&hostname=felhom-9102");
    PveClient.Response mp = admin.put("/nodes/pve2/lxc/9102/config", "mp0=local-lvm:1,mp=/mnt/spike-test");
    PveClient.Response wrongContent = admin.put("/nodes/pve2/lxc/9102/config", "mp1=local:1,mp=/mnt/x");
    JsonNode config = admin.get("/nodes/pve2/lxc/9102/config").data();

    assertThat(net.status()).isEqualTo(200);
    assertThat(config.get("net0").asText())
        .matches("name=eth0,bridge=vmbr0,hwaddr=BC:24:11:[0-9A-F:]{8},ip=dhcp,type=veth")
        .doesNotContain("63:43:F4");
    assertThat(config.get("hostname").asText()).isEqualTo("felhom-9102");
    assertThat(mp.status()).isEqualTo(200);
    assertThat(config.get("mp0").asText()).isEqualTo("local-lvm:vm-9102-disk-1,mp=/mnt/spike-test,size=1G");
    assertThat(wrongContent.message()).isEqualTo("storage 'local' does not allow content type 'rootdir' (Container)\n");
  }
}
