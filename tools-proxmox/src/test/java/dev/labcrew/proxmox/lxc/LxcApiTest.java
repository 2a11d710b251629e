package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.PveMock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LxcApiTest {
    private final MockWebServer server = new MockWebServer();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PveMock.client(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private String target() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS).getTarget();
    }

    @Test
    void should_read_the_current_status() throws Exception {
        server.enqueue(PveMock.fixture("nodes/lxc/status-current-running.json"));

        LxcStatus status = client.lxc().status("pve1", 102);

        assertThat(target()).isEqualTo("/api2/json/nodes/pve1/lxc/102/status/current");
        assertThat(status.running()).isTrue();
        assertThat(status.name()).isEqualTo("docker-host");
        assertThat(status.pid()).isEqualTo(9000);
        assertThat(status.maxmem()).isEqualTo(1_073_741_824L);
    }

    @Test
    void should_read_the_config_with_raw_lxc_lines_and_digest() throws Exception {
        server.enqueue(PveMock.fixture("nodes/lxc/config.json"));

        LxcConfig config = client.lxc().config("pve1", 102);

        assertThat(target()).isEqualTo("/api2/json/nodes/pve1/lxc/102/config");
        assertThat(config.digest()).isEqualTo("3f1a9c0d2b7e6f5a4c3b2a1908f7e6d5c4b3a291");
        assertThat(config.values()).doesNotContainKeys("digest", "lxc").containsEntry("cpulimit", "0.4");
        assertThat(config.rawLxc()).containsExactly(new RawLxcEntry("lxc.cgroup2.devices.allow", "c 10:229 rwm"),
                new RawLxcEntry("lxc.mount.entry", "/dev/fuse dev/fuse none bind,create=file"));
        assertThat(config.memory()).isEqualTo(2048);
        assertThat(config.cores()).isEqualTo(2);
        assertThat(config.unprivileged()).isTrue();
        assertThat(config.onboot()).isTrue();
        assertThat(config.features()).containsEntry("nesting", "1").containsEntry("keyctl", "1");
        assertThat(config.mountPoints()).containsOnlyKeys("mp0", "mp2", "mp10");
        assertThat(config.mountPoints().firstKey()).isEqualTo("mp0");
        assertThat(config.mountPoints().lastKey()).isEqualTo("mp10");
        assertThat(config.networks().keySet()).containsExactly("net0", "net1");
        assertThat(config.tags()).containsExactly("docker", "prod");
        assertThat(config.description()).isEqualTo("Docker host\n");
    }

    @Test
    void should_apply_pve_defaults_to_a_minimal_config() {
        server.enqueue(PveMock.fixture("nodes/lxc/config-minimal.json"));

        LxcConfig config = client.lxc().config("pve1", 105);

        assertThat(config.memory()).isEqualTo(512);
        assertThat(config.cores()).isNull();
        assertThat(config.unprivileged()).isFalse();
        assertThat(config.rawLxc()).isEmpty();
        assertThat(config.tags()).containsExactly("one", "two", "three");
        assertThat(LxcConfig.parsePropertyString(config.rootfs())).containsEntry("volume", "local:105/vm-105-disk-0.raw");
    }

    @Test
    void should_keep_the_current_snapshot_entry_flagged_and_last() throws Exception {
        server.enqueue(PveMock.fixture("nodes/lxc/snapshot.json"));

        List<LxcSnapshot> snapshots = client.lxc().snapshots("pve1", 102);

        assertThat(target()).isEqualTo("/api2/json/nodes/pve1/lxc/102/snapshot");
        assertThat(snapshots).extracting(LxcSnapshot::name).containsExactly("before-upgrade", "after-upgrade", "current");
        assertThat(snapshots).extracting(LxcSnapshot::current).containsExactly(false, false, true);
        assertThat(snapshots.get(0).snaptime()).isEqualTo(1_718_000_000L);
        assertThat(snapshots.get(0).description()).isEqualTo("before apt full-upgrade");
        assertThat(snapshots.get(2).parent()).isEqualTo("after-upgrade");
    }

    @Test
    void should_read_interfaces_including_the_newer_hardware_address_key() throws Exception {
        server.enqueue(PveMock.fixture("nodes/lxc/interfaces.json"));

        List<LxcInterface> interfaces = client.lxc().interfaces("pve1", 102);

        assertThat(target()).isEqualTo("/api2/json/nodes/pve1/lxc/102/interfaces");
        assertThat(interfaces).extracting(LxcInterface::name).containsExactly("lo", "eth0", "docker0");
        assertThat(interfaces.get(1).inet()).isEqualTo("192.168.10.102/24");
        assertThat(interfaces.get(2).hwaddr()).isEqualTo("02:42:ac:11:00:01");
        assertThat(interfaces.get(2).inet6()).isNull();
    }

    @Test
    void should_read_firewall_options() throws Exception {
        server.enqueue(PveMock.fixture("nodes/lxc/firewall/options.json"));
        server.enqueue(PveMock.fixture("nodes/lxc/firewall/options-empty.json"));

        assertThat(client.lxc().firewallOptions("pve1", 102)).isEqualTo(new FirewallOptions(true, "DROP", "ACCEPT"));
        assertThat(target()).isEqualTo("/api2/json/nodes/pve1/lxc/102/firewall/options");
        assertThat(client.lxc().firewallOptions("pve1", 102)).isEqualTo(new FirewallOptions(false, null, null));
    }

    @Test
    void should_reject_an_invalid_vmid_or_node_before_sending() {
        LabcrewException vmid = catchThrowableOfType(LabcrewException.class, () -> client.lxc().status("pve1", 99));
        LabcrewException node = catchThrowableOfType(LabcrewException.class, () -> client.lxc().config("../access", 102));

        assertThat(vmid.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(node.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_report_a_container_missing_from_the_node_as_not_found() {
        server.enqueue(PveMock.error(500, "Configuration file 'nodes/pve1/lxc/105.conf' does not exist",
                PveMock.read("errors/500-config-missing.json")));

        ProxmoxException e = catchThrowableOfType(ProxmoxException.class, () -> client.lxc().config("pve1", 105));

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }
}
