package dev.labcrew.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.proxmox.PveMock;
import dev.labcrew.proxmox.cluster.ClusterNode;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.LxcStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quirks of API-NOTES section 5, each against a small fixture. */
class LenientJsonTest {
    private final ObjectMapper mapper = PveJson.mapper();

    private <T> T read(String fixture, TypeReference<T> type) throws Exception {
        JsonNode data = mapper.readTree(PveMock.read(fixture)).get("data");
        return mapper.convertValue(data, type);
    }

    @Test
    void should_read_vmid_and_sizes_sent_as_strings_by_old_lxc_lists() throws Exception {
        List<LxcStatus> rows = read("nodes/lxc/list-legacy.json", new TypeReference<>() { });

        LxcStatus row = rows.get(0);
        assertThat(row.vmid()).isEqualTo(106);
        assertThat(row.mem()).isEqualTo(1000L);
        assertThat(row.maxdisk()).isEqualTo(8_350_298_112L);
        assertThat(row.pid()).isEqualTo(248173);
        assertThat(row.lock()).isEmpty();
    }

    @Test
    void should_read_cpus_sent_as_a_string_and_64_bit_counters() throws Exception {
        LxcStatus status = read("nodes/lxc/status-current-running.json", new TypeReference<>() { });

        assertThat(status.cpus()).isEqualTo(1.0);
        assertThat(status.netin()).isEqualTo(1_950_776_396_424L);
        assertThat(status.maxdisk()).isEqualTo(3_348_329_267_200L);
        assertThat(status.running()).isTrue();
    }

    @Test
    void should_read_vmid_and_swap_as_strings_and_default_missing_pid() throws Exception {
        LxcStatus status = read("nodes/lxc/status-current-stopped.json", new TypeReference<>() { });

        assertThat(status.vmid()).isEqualTo(105);
        assertThat(status.swap()).isZero();
        assertThat(status.pid()).isNull();
        assertThat(status.running()).isFalse();
        assertThat(status.lock()).isEqualTo("disk");
    }

    @Test
    void should_read_template_as_0_1_empty_or_absent_and_ignore_unknown_fields() throws Exception {
        List<ClusterResource> rows = read("cluster/resources/type-vm.json", new TypeReference<>() { });

        assertThat(rows).extracting(ClusterResource::vmid).containsExactly(200, 101, 102, 9000);
        assertThat(rows).extracting(ClusterResource::template).containsExactly(false, false, false, true);
        ClusterResource stopped = rows.get(0);
        assertThat(stopped.cpu()).isZero();
        assertThat(stopped.disk()).isZero();
        assertThat(stopped.maxmem()).isEqualTo(2_147_483_648L);
        ClusterResource golden = rows.get(3);
        assertThat(golden.uptime()).isZero();
        assertThat(golden.tags()).isNull();
        assertThat(rows.get(1).netin()).isEqualTo(5_123_456_789L);
    }

    @Test
    void should_read_booleans_as_numbers_strings_or_json_booleans() throws Exception {
        List<ClusterNode> nodes = read("cluster/status/booleans-as-strings.json", new TypeReference<>() { });

        assertThat(nodes).extracting(ClusterNode::online).containsExactly(true, false, true);
        assertThat(nodes).extracting(ClusterNode::local).containsExactly(true, true, false);
    }

    @Test
    void should_read_number_typed_config_values_sent_as_strings() throws Exception {
        JsonNode config = mapper.readTree(PveMock.read("nodes/lxc/config.json")).get("data");

        assertThat(mapper.convertValue(config.get("cpulimit"), double.class)).isEqualTo(0.4);
        assertThat(mapper.convertValue(config.get("onboot"), boolean.class)).isTrue();
    }
}
