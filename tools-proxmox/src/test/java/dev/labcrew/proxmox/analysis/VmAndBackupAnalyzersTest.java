package dev.labcrew.proxmox.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VmAndBackupAnalyzersTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private static List<Finding> sweep(String cluster) {
        FakeProxmox fake = pve.fake();
        try (ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().cluster(cluster).url(fake.baseUrl())
                .tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem())
                .retry(1, Duration.ofMillis(1), Duration.ofMillis(1)).build());
             Sweep sweep = new Sweep(line -> { }, 2)) {
            List<Finding> findings = new ArrayList<>();
            for (Analyzer a : ProxmoxAnalyzers.create(client)) {
                if (a.name().equals("vms") || a.name().equals("backups") || a.name().equals("lxc-resources")) {
                    findings.addAll(a.analyze(sweep));
                }
            }
            return findings;
        }
    }

    @Test
    void should_cover_vms_and_backups_and_skip_templates() {
        List<Finding> findings = sweep(null);
        assertThat(findings).anySatisfy(f -> assertThat(f.title()).contains("lxc/102").contains("has no backup"))
            .anySatisfy(f -> assertThat(f.title()).contains("vzdump of 110 failed"))
            .anySatisfy(f -> assertThat(f.target()).isEqualTo("vm/110@pve2"))
            .noneSatisfy(f -> assertThat(f.target()).contains("9000"));
    }

    @Test
    void should_label_targets_and_actions_with_their_cluster_when_several_are_configured() {
        List<Finding> findings = sweep("home");
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.target()).endsWith("@home"));
        assertThat(findings).filteredOn(f -> f.action() != null)
            .isNotEmpty().allSatisfy(f -> assertThat(f.action().arguments()).containsEntry("cluster", "home"));
    }
}
