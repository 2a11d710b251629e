package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxmoxClustersTest {
    private static final String SECRET = "0b7a3c1e-1d2f-4a5b-8c9d-0e1f2a3b4c5d";

    @Test
    void should_read_each_named_cluster_from_its_own_variables_with_its_own_trust() {
        Map<String, String> env = Map.ofEntries(Map.entry("PROXMOX_CLUSTERS", "home, lab"), Map.entry("PROXMOX_TIMEOUT", "30"),
            Map.entry("PROXMOX_CLUSTER_HOME_URL", "https://pve-home:8006"), Map.entry("PROXMOX_CLUSTER_HOME_TOKEN_ID", "root@pam!home"),
            Map.entry("PROXMOX_CLUSTER_HOME_TOKEN_SECRET", SECRET),
            Map.entry("PROXMOX_CLUSTER_HOME_FINGERPRINT", "ab:".repeat(31) + "ab"),
            Map.entry("PROXMOX_CLUSTER_LAB_HOST", "pve-lab"), Map.entry("PROXMOX_CLUSTER_LAB_TOKEN_ID", "root@pam!lab"),
            Map.entry("PROXMOX_CLUSTER_LAB_TOKEN_SECRET", SECRET), Map.entry("PROXMOX_CLUSTER_LAB_VERIFY_SSL", "false"),
            Map.entry("PROXMOX_URL", "https://ignored:8006"));

        var builders = ProxmoxClusters.builders(env);

        assertThat(builders).containsOnlyKeys("home", "lab");
        ProxmoxConfig home = builders.get("home").build();
        ProxmoxConfig lab = builders.get("lab").build();
        assertThat(home.baseUrl()).contains("pve-home");
        assertThat(home.transportSecurity()).isEqualTo(TransportSecurity.PINNED);
        assertThat(home.cluster()).isEqualTo("home");
        assertThat(home.timeout().getSeconds()).isEqualTo(30);
        assertThat(lab.baseUrl()).contains("pve-lab");
        assertThat(lab.transportSecurity()).isEqualTo(TransportSecurity.NOT_VERIFIED);
        assertThat(lab.tokenId()).isEqualTo("root@pam!lab");
        assertThat(lab.clusterSuffix()).isEqualTo("@lab");
    }

    @Test
    void should_keep_the_single_cluster_variables_as_the_default_cluster() {
        Map<String, String> env = Map.of("PROXMOX_HOST", "pve1", "PROXMOX_TOKEN_ID", "root@pam!labcrew", "PROXMOX_TOKEN_SECRET", SECRET);
        var builders = ProxmoxClusters.builders(env);
        assertThat(builders).containsOnlyKeys(ProxmoxClusters.DEFAULT);
        assertThat(builders.get("default").build().cluster()).isNull();
        assertThat(ProxmoxClusters.isConfigured(env)).isTrue();
        assertThat(ProxmoxClusters.isConfigured(Map.of())).isFalse();
    }

    @Test
    void should_name_the_cluster_and_its_variable_when_one_is_missing() {
        Map<String, String> env = Map.of("PROXMOX_CLUSTERS", "home", "PROXMOX_CLUSTER_HOME_URL", "https://pve:8006",
            "PROXMOX_CLUSTER_HOME_TOKEN_ID", "root@pam!home");
        assertThatThrownBy(() -> ProxmoxClusters.builders(env)).isInstanceOf(LabcrewException.class)
            .hasMessageContaining("Cluster home").hasMessageContaining("PROXMOX_CLUSTER_HOME_TOKEN_SECRET");
        assertThatThrownBy(() -> ProxmoxClusters.builders(Map.of("PROXMOX_CLUSTERS", "home;rm -rf")))
            .isInstanceOf(LabcrewException.class).hasMessageContaining("not a plain name");
    }
}
