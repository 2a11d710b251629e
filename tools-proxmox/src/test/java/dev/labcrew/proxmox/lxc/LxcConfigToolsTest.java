package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LxcConfigToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;
    private LxcConfigTools tools;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        tools = new LxcConfigTools(lab.client);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_warn_about_raw_fuse_mount_and_docker_features() {
        ConfigReport report = tools.getLxcConfig(902, null);
        assertThat(report.config().rawLxc()).anySatisfy(e -> assertThat(e.value()).contains("/dev/fuse"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("fuse"));
        assertThat(String.join("\n", report.warnings())).contains("keyctl");
        assertThat(report.toText()).contains("raw lxc.mount.entry: /dev/fuse").doesNotContain("digest");
    }

    @Test
    void should_warn_about_a_privileged_container_without_firewall() {
        ConfigReport report = tools.getLxcConfig(105, null);
        assertThat(report.config().unprivileged()).isFalse();
        assertThat(report.toText()).contains("PRIVILEGED");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase("privileged"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("Firewall disabled"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("does not start at boot"));
    }

    @Test
    void should_show_bind_mounts_and_resources() {
        ConfigReport report = tools.getLxcConfig(102, null);
        assertThat(report.config().mountPoints()).containsKeys("mp0", "mp1");
        assertThat(report.toText()).contains("memory 4G").contains("bind mount from host").contains("onboot");
    }

    @Test
    void should_have_no_privilege_warning_for_a_healthy_unprivileged_container() {
        assertThat(tools.getLxcConfig(101, null).warnings()).noneMatch(w -> w.contains("rivileged"));
    }
}
