package dev.labcrew.proxmox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.LabRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageToolsTest {
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
    void should_list_storages_per_node_with_one_request_per_node() {
        StorageList list = (StorageList) lab.call("list_storage", Map.of()).value();
        assertThat(list.storages()).extracting(s -> s.node() + "/" + s.storage())
            .containsExactly("pve1/local", "pve1/local-lvm", "pve1/nvme2tb", "pve2/local", "pve2/local-lvm");
        assertThat(list.storages()).allMatch(StorageRow::active);
        assertThat(pve.fake().requests()).filteredOn(r -> r.apiPath().matches("/nodes/[^/]+/storage")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_list_the_other_nodes_when_one_node_cannot_be_read(int status) {
        pve.fake().faults().failPath("^/nodes/pve2/storage$", status);
        StorageList list = (StorageList) lab.call("list_storage", Map.of()).value();
        assertThat(list.storages()).allMatch(s -> s.node().equals("pve1")).hasSize(3);
        assertThat(list.gaps()).singleElement().satisfies(g -> assertThat(g.what()).isEqualTo("storages of pve2"));
    }

    @Test
    void should_skip_an_offline_node_with_a_warning() {
        pve.fake().faults().nodeOffline("pve2");
        StorageList list = (StorageList) lab.call("list_storage", Map.of("node", "pve2")).value();
        assertThat(list.storages()).isEmpty();
        assertThat(list.warnings()).singleElement().satisfies(w -> assertThat(w).contains("pve2 is offline"));
    }
}
