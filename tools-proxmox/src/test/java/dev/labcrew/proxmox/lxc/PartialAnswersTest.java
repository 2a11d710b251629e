package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A secondary endpoint answering 403 or 501 leaves a named gap; the tool still answers with what it read. */
class PartialAnswersTest {
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
    @ValueSource(ints = {403, 501})
    void should_answer_get_lxc_config_without_firewall_options(int status) {
        pve.fake().faults().failPath("/firewall/options$", status);

        ToolResult result = lab.call("get_lxc_config", Map.of("vmid", 105));

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.OK);
        ConfigReport report = (ConfigReport) result.value();
        assertThat(report.config().hostname()).isEqualTo("legacy-nfs");
        assertThat(report.firewall()).isNull();
        assertThat(report.warnings()).noneMatch(w -> w.contains("Firewall disabled"));
        assertThat(report.gaps()).singleElement().satisfies(g -> gapNamed(g, "firewall options", status, "VM.Audit"));
        assertThat(result.text()).contains("GAP firewall options not read").contains("firewall unknown");
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_not_conclude_no_ipv4_when_interfaces_were_not_read(int status) {
        pve.fake().faults().failPath("/interfaces$", status);

        ToolResult result = lab.call("check_lxc_network", Map.of("vmid", 200));

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.OK);
        NetworkReport report = (NetworkReport) result.value();
        assertThat(report.interfaces()).isNotEmpty();
        assertThat(report.warnings()).noneMatch(w -> w.contains("no IPv4"));
        assertThat(report.gaps()).singleElement().satisfies(g -> gapNamed(g, "live addresses", status, "VM.Audit"));
        assertThat(result.text()).contains("LIVE addresses: not read");
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_answer_check_lxc_network_without_firewall_options(int status) {
        pve.fake().faults().failPath("/firewall/options$", status);

        NetworkReport report = (NetworkReport) lab.call("check_lxc_network", Map.of("vmid", 105)).value();

        assertThat(report.firewall()).isNull();
        assertThat(report.warnings()).noneMatch(w -> w.contains("firewall is disabled"));
        assertThat(report.gaps()).singleElement().satisfies(g -> gapNamed(g, "firewall options", status, "VM.Audit"));
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_answer_check_lxc_logs_without_the_journal(int status) {
        pve.fake().faults().failPath("/syslog$", status);

        ToolResult result = lab.call("check_lxc_logs", Map.of("vmid", 902));

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.OK);
        LxcLogs logs = (LxcLogs) result.value();
        assertThat(logs.tasks()).isNotEmpty();
        assertThat(logs.journal()).isEmpty();
        assertThat(logs.gaps()).anySatisfy(g -> assertThat(g).contains("node journal")
            .contains(status == 403 ? "Sys.Syslog" : "this PVE version has no GET /nodes/pve1/syslog"));
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_answer_check_lxc_logs_without_the_task_list(int status) {
        pve.fake().faults().failPath("/tasks$", status);

        LxcLogs logs = (LxcLogs) lab.call("check_lxc_logs", Map.of("vmid", 902)).value();

        assertThat(logs.journal()).isNotEmpty();
        assertThat(logs.gaps()).anySatisfy(g -> assertThat(g).contains("task list"));
    }

    private static void gapNamed(Gap gap, String what, int status, String privilege) {
        assertThat(gap.what()).isEqualTo(what);
        assertThat(gap.status()).isEqualTo(status);
        if (status == 403) {
            assertThat(gap.why()).contains(privilege);
        } else {
            assertThat(gap.why()).contains("this PVE version has no GET /nodes/");
        }
    }
}
