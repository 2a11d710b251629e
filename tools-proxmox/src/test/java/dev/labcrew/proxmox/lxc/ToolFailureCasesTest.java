package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The failure cases a user hits, for every per-container tool, through the tool runtime. */
class ToolFailureCasesTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_report_unknown_vmid_as_not_found(String tool) {
        ToolResult result = lab.call(tool, Map.of("vmid", 555));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(result.text()).contains("555").contains("hint:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_report_wrong_node_as_not_found(String tool) {
        ToolResult result = lab.call(tool, Map.of("vmid", 200, "node", "pve2"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_refuse_out_of_range_vmid_without_a_request(String tool) {
        ToolResult result = lab.call(tool, Map.of("vmid", "99"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(result.text()).contains("99").contains("100");
        assertThat(pve.fake().requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_name_the_missing_privilege(String tool) {
        pve.fake().faults().revoke(pve.fake().tokenId(), "/vms/200", "VM.Audit");
        ToolResult result = lab.call(tool, Map.of("vmid", 200, "node", "pve1"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(result.text()).contains("VM.Audit").contains("/vms/200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_report_an_offline_node_as_unreachable(String tool) {
        pve.fake().faults().nodeOffline("pve1");
        ToolResult result = lab.call(tool, Map.of("vmid", 200));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.UNREACHABLE);
        assertThat(result.text()).contains("596");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_retry_a_passing_lock_timeout(String tool) {
        pve.fake().faults().lockTimeout(200, 1);
        ToolResult result = lab.call(tool, Map.of("vmid", 200));
        assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_logs", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_report_a_lasting_lock_timeout_as_locked(String tool) {
        pve.fake().faults().lockTimeout(200, 100);
        ToolResult result = lab.call(tool, Map.of("vmid", 200));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.LOCKED);
        assertThat(result.text()).contains("lock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_lxc_status", "get_lxc_resource_usage", "check_lxc_snapshots",
        "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup"})
    void should_report_a_malformed_answer_without_crashing(String tool) {
        pve.fake().faults().malformedBody("/nodes/pve1/lxc/200/.*");
        ToolResult result = lab.call(tool, Map.of("vmid", 200));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }

    @Test
    void should_time_out_on_a_slow_server_with_a_clear_error() {
        pve.fake().faults().slow(Duration.ofMillis(800));
        var fake = pve.fake();
        try (var client = ProxmoxClient.create(ProxmoxConfig.builder()
                .url(fake.baseUrl()).tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem())
                .readTimeout(Duration.ofMillis(200)).retry(2, Duration.ofMillis(1), Duration.ofMillis(2))
                .build())) {
            ToolResult result = ProxmoxToolset.runtime(client).build().call("list_lxc_containers", Map.of());
            assertThat(result.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
            assertThat(result.text()).contains("hint:");
        }
    }
}
