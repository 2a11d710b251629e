package dev.labcrew.proxmox.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.LabRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabRuntime lab;

    @BeforeEach
    void connect() {
        lab = new LabRuntime(pve.fake());
    }

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void should_report_quorum_votes_nodes_and_ha() {
        ClusterStatus s = (ClusterStatus) lab.call("check_cluster_status", Map.of()).value();
        assertThat(s.name()).isEqualTo("homelab");
        assertThat(s.quorate()).isTrue();
        assertThat(s.votes()).containsEntry("pve1", 1).containsEntry("pve2", 1);
        assertThat(s.ha()).singleElement().satisfies(h -> assertThat(h.sid()).isEqualTo("vm:100"));
        assertThat(s.gaps()).isEmpty();
    }

    @Test
    void should_warn_about_an_offline_node() {
        pve.fake().faults().nodeOffline("pve2");
        ClusterStatus s = (ClusterStatus) lab.call("check_cluster_status", Map.of()).value();
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("node pve2 is offline"));
    }

    @ParameterizedTest
    @CsvSource({"^/cluster/config/nodes$,quorum votes,403", "^/cluster/config/nodes$,quorum votes,501",
        "^/cluster/ha/status/current$,HA status,403", "^/cluster/ha/status/current$,HA status,501"})
    void should_answer_with_a_named_gap_when_a_secondary_read_fails(String path, String what, int status) {
        pve.fake().faults().failPath(path, status);
        var result = lab.call("check_cluster_status", Map.of());
        ClusterStatus s = (ClusterStatus) result.value();
        assertThat(s.quorate()).isTrue();
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo(what);
            assertThat(g.status()).isEqualTo(status);
        });
        assertThat(result.text()).contains("GAP " + what + " not read");
    }
}
