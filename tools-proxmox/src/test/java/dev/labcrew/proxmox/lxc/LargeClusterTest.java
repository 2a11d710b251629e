package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LargeClusterTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario(Scenario.largeCluster(8, 2000));

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_thousands_of_guests_in_one_request_within_the_output_budget() {
        LxcList list = new LxcInventoryTools(lab.client).listLxcContainers(null, null);
        assertThat(list.containers()).hasSizeGreaterThan(1000);
        assertThat(pve.fake().requests()).hasSize(1);

        ToolResult result = lab.call("list_lxc_containers", Map.of());
        assertThat(result.text().length()).isLessThanOrEqualTo(6_000);
        assertThat(result.text()).startsWith(list.containers().size() + " LXC containers: ").doesNotContain("[cut: ");
        assertThat(result.text().lines().reduce((a, b) -> b).orElseThrow()).startsWith("Not shown: ").contains("page=");
    }

    @Test
    void should_locate_a_guest_with_one_inventory_request() {
        int vmid = new LxcInventoryTools(lab.client).listLxcContainers("pve8", "running").containers().get(0).vmid();
        pve.fake().clearRequests();
        lab.call("check_lxc_status", Map.of("vmid", vmid));
        assertThat(pve.fake().requests()).extracting(r -> r.apiPath())
            .containsExactly("/cluster/resources", "/nodes/pve8/lxc/" + vmid + "/status/current");
    }
}
