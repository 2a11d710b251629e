package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LxcNetworkToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;
    private LxcNetworkTools tools;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        tools = new LxcNetworkTools(lab.client);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_parse_interfaces_and_show_live_addresses_of_a_running_container() {
        NetworkReport report = tools.checkLxcNetwork(200, null);
        assertThat(report.interfaces()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("net0");
            assertThat(n.bridge()).isNotBlank();
            assertThat(n.hwaddr()).isNotBlank();
        });
        assertThat(report.live()).anySatisfy(i -> assertThat(i.inet()).isNotBlank());
        assertThat(report.firewall()).isTrue();
        assertThat(report.toText()).contains("LIVE").contains("CONFIGURED");
    }

    @Test
    void should_show_static_config_of_a_stopped_container_without_live_call() {
        NetworkReport report = tools.checkLxcNetwork(102, null);
        assertThat(report.interfaces().get(0).ip()).isEqualTo("192.168.40.82/24");
        assertThat(report.live()).isEmpty();
        assertThat(pve.fake().requests()).noneMatch(r -> r.apiPath().endsWith("/interfaces"));
    }

    @Test
    void should_warn_about_a_disabled_firewall() {
        NetworkReport report = tools.checkLxcNetwork(105, null);
        assertThat(report.firewall()).isFalse();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("firewall is disabled"));
    }
}
