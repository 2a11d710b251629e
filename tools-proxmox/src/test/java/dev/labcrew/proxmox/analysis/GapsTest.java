package dev.labcrew.proxmox.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.testkit.proxmox.ApiToken;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a token may not read is a gap, reported once, never a finding about the lab. */
class GapsTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @Test
    void should_report_an_unreadable_kernel_log_as_a_gap_naming_the_privilege() {
        ApiToken auditor = pve.fake().token("auditor@pve!readonly");
        try (ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().url(pve.fake().baseUrl())
                .tokenId(auditor.tokenId()).tokenSecret(auditor.secret()).caPem(pve.fake().certificatePem()).build())) {
            Analyzer kernel = ProxmoxAnalyzers.create(client).stream().filter(a -> a.name().equals("kernel-log"))
                .findFirst().orElseThrow();

            List<Finding> findings = kernel.analyze(Sweep.quiet());

            assertThat(findings).isNotEmpty().allSatisfy(f -> {
                assertThat(f.id()).isEqualTo("gap");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.fix()).contains("Sys.Syslog");
            });
        }
    }
}
