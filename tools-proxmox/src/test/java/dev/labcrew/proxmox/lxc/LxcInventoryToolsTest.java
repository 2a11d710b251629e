package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LxcInventoryToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;
    private LxcInventoryTools tools;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        tools = new LxcInventoryTools(lab.client);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_every_container_of_the_cluster_in_one_request() {
        LxcList list = tools.listLxcContainers(null, null);
        assertThat(list.containers()).extracting(LxcRow::vmid).contains(101, 102, 103, 105, 200, 902, 9101, 9102)
            .doesNotContain(100).isSorted();
        assertThat(pve.fake().requests()).hasSize(1);
        assertThat(pve.fake().requests().get(0).apiPath()).isEqualTo("/cluster/resources");
        assertThat(list.toText()).contains("ugreen-ai-terminal").contains("locked(backup)").doesNotContain("homeassistant");
    }

    @Test
    void should_filter_by_node_and_status() {
        assertThat(tools.listLxcContainers("pve2", null).containers()).allMatch(r -> r.node().equals("pve2")).isNotEmpty();
        assertThat(tools.listLxcContainers(null, "stopped").containers()).extracting(LxcRow::vmid).contains(102, 902)
            .doesNotContain(200);
        assertThat(lab.call("list_lxc_containers", Map.of("status", "sleeping")).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
    }

    @Test
    void should_warn_about_an_offline_node_in_the_listing() {
        pve.fake().faults().nodeOffline("pve2");
        LxcList list = tools.listLxcContainers(null, null);
        assertThat(list.offlineNodes()).containsExactly("pve2");
        assertThat(list.toText()).contains("node pve2 is unreachable");
    }

    @Test
    void should_say_why_nothing_is_listed_when_the_token_sees_no_guest() {
        pve.fake().faults().revoke(pve.fake().tokenId(), "/vms", "VM.Audit");
        pve.fake().faults().revoke(pve.fake().tokenId(), "/", "VM.Audit");
        LxcList list = tools.listLxcContainers(null, null);
        assertThat(list.containers()).isEmpty();
        assertThat(list.toText()).contains("VM.Audit");
    }

    @Test
    void should_report_status_of_a_stopped_container_with_next_step() {
        LxcStatusReport status = tools.checkLxcStatus(102, null);
        assertThat(status.running()).isFalse();
        assertThat(status.node()).isEqualTo("pve1");
        assertThat(status.toText()).contains(": stopped").contains("troubleshoot_lxc_startup");
    }

    @Test
    void should_report_lock_in_status() {
        assertThat(tools.checkLxcStatus(103, null).toText()).contains("LOCKED (backup)");
    }

    @Test
    void should_warn_about_memory_pressure() {
        ResourceUsage usage = tools.getLxcResourceUsage(200, null);
        assertThat(usage.warnings()).anySatisfy(w -> assertThat(w).startsWith("CRITICAL memory at 9"));
        assertThat(usage.toText()).containsPattern("memory +3\\.8 GiB/4\\.0 GiB \\(9[0-9]\\.[0-9]%\\)")
            .contains("swap").contains("rootfs").contains("net").contains("disk io");
    }

    @Test
    void should_report_no_warnings_for_a_healthy_container() {
        assertThat(tools.getLxcResourceUsage(101, "pve1").warnings()).isEmpty();
    }

    @Test
    void should_refuse_a_qemu_vm() {
        assertThat(lab.call("check_lxc_status", Map.of("vmid", 100)).text()).contains("QEMU virtual machine");
    }
}
