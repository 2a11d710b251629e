package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;
    private SnapshotTools tools;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        tools = new SnapshotTools(lab.client);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_snapshots_newest_first_and_warn_when_stale() {
        SnapshotReport report = tools.checkLxcSnapshots(200, null);
        assertThat(report.snapshots()).extracting(SnapshotInfo::name).containsExactly("weekly-2", "before-pg16-upgrade");
        assertThat(report.snapshots().get(0).ageSeconds()).isGreaterThan(20L * 86_400);
        assertThat(report.warnings()).singleElement().asString().contains("weekly-2").contains("over 7 days");
        assertThat(report.toText()).doesNotContain("You are here");
    }

    @Test
    void should_not_warn_about_a_fresh_snapshot() {
        assertThat(tools.checkLxcSnapshots(101, null).warnings()).isEmpty();
    }

    @Test
    void should_warn_when_there_is_no_snapshot() {
        assertThat(tools.checkLxcSnapshots(9101, null).warnings()).singleElement().asString().contains("no snapshots");
    }
}
