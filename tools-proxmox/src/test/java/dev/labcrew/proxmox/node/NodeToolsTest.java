package dev.labcrew.proxmox.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.proxmox.LabRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeToolsTest {
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
    void should_list_nodes_with_version_and_load() {
        NodeList list = (NodeList) lab.call("list_nodes", Map.of()).value();
        assertThat(list.nodes()).extracting(NodeRow::node).containsExactly("pve1", "pve2");
        assertThat(list.statuses()).allSatisfy(s -> assertThat(s.pveversion()).startsWith("pve-manager/9."));
        assertThat(list.statuses().get(0).loadavg()).hasSize(3);
        assertThat(list.gaps()).isEmpty();
    }

    @Test
    void should_mark_an_offline_node_and_read_nothing_from_it() {
        pve.fake().faults().nodeOffline("pve2");
        NodeList list = (NodeList) lab.call("list_nodes", Map.of()).value();
        assertThat(list.statuses().get(1)).isNull();
        assertThat(list.warnings()).anySatisfy(w -> assertThat(w).contains("pve2 is offline"));
        NodeHealth health = (NodeHealth) lab.call("check_node_health", Map.of("node", "pve2")).value();
        assertThat(health.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("CRITICAL"));
    }

    @Test
    void should_report_health_with_failed_units_subscription_and_updates() {
        NodeHealth h = (NodeHealth) lab.call("check_node_health", Map.of("node", "pve1")).value();
        assertThat(h.failedUnits()).contains("pve-container@902.service");
        assertThat(h.subscription()).isEqualTo("notfound");
        assertThat(h.warnings()).anySatisfy(w -> assertThat(w).contains("enterprise repository"));
        assertThat(h.pendingUpdates()).isEqualTo(1);
        assertThat(h.gaps()).isEmpty();
    }

    @Test
    void should_name_sys_modify_when_the_updates_cannot_be_listed() {
        pve.fake().faults().revoke(pve.fake().tokenId(), "/nodes/pve1", "Sys.Modify");
        ToolResult result = lab.call("check_node_health", Map.of("node", "pve1"));
        NodeHealth h = (NodeHealth) result.value();
        assertThat(h.pendingUpdates()).isNull();
        assertThat(h.gaps()).singleElement().satisfies(g -> assertThat(g.why()).contains("Sys.Modify").contains("/nodes/pve1"));
        assertThat(result.text()).contains("GAP pending updates not read");
    }

    @ParameterizedTest
    @CsvSource({"/status$,status of pve1,403", "/status$,status of pve1,501", "/services$,services,403", "/services$,services,501",
        "/syslog$,node journal,403", "/syslog$,node journal,501", "/subscription$,subscription,501",
        "/apt/repositories$,apt repositories,403", "/apt/repositories$,apt repositories,501",
        "/apt/update$,pending updates,403", "/apt/update$,pending updates,501"})
    void should_answer_health_with_a_named_gap_when_a_secondary_read_fails(String path, String what, int status) {
        pve.fake().faults().failPath("^/nodes/pve1" + path.replace("$", "") + "$", status);
        NodeHealth h = (NodeHealth) lab.call("check_node_health", Map.of("node", "pve1")).value();
        assertThat(h.node().online()).isTrue();
        assertThat(h.gaps()).anySatisfy(g -> {
            assertThat(g.what()).isEqualTo(what);
            assertThat(g.status()).isEqualTo(status);
        });
        if (what.equals("node journal")) {
            assertThat(h.failedUnits()).isEmpty();
        }
    }

    @Test
    void should_refuse_an_unknown_node() {
        assertThat(lab.call("check_node_health", Map.of("node", "pve9")).errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
    }
}
