package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.proxmox.diagnosis.Finding;
import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StartupToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_find_missing_run_pve_for_seed_000() {
        StartupDiagnosis d = new StartupTools(lab.client).troubleshootLxcStartup(102, null);
        Finding first = d.findings().get(0);
        assertThat(first.id()).isEqualTo("run-pve-missing");
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(first.evidence()).anySatisfy(e -> assertThat(e).startsWith("journal: ").contains("standard error output"));
        assertThat(first.fix()).contains("/etc/tmpfiles.d/pve-run.conf");
        assertThat(d.toText()).contains("/run/pve").contains("tmpfiles").contains("on the Proxmox host");
    }

    @Test
    void should_find_fuse_mount_failure_for_seed_001() {
        StartupDiagnosis d = new StartupTools(lab.client).troubleshootLxcStartup(902, null);
        assertThat(d.findings().get(0).id()).isEqualTo("dev-fuse-mount-failed");
        assertThat(d.toText()).contains("/dev/fuse").contains("fuse=1");
    }

    @Test
    void should_diagnose_from_task_log_alone_when_journal_is_not_readable() {
        var fake = pve.fake();
        try (LabFixture auditor = new LabFixture(fake, "auditor@pve!readonly", fake.token("auditor@pve!readonly").secret())) {
            fake.faults().revoke("auditor@pve!readonly", "/", "Sys.Syslog");
            StartupDiagnosis d = new StartupTools(auditor.client).troubleshootLxcStartup(102, null);
            assertThat(d.gaps()).isNotEmpty();
            assertThat(d.toText()).contains("GAP");
        }
    }

    @Test
    void should_report_stale_lock() {
        StartupDiagnosis d = new StartupTools(lab.client).troubleshootLxcStartup(103, null);
        assertThat(d.findings()).extracting(Finding::id).contains("stale-lock");
        assertThat(d.toText()).contains("pct unlock 103");
    }

    @Test
    void should_find_nothing_wrong_with_a_healthy_running_container() {
        StartupDiagnosis d = new StartupTools(lab.client).troubleshootLxcStartup(101, null);
        assertThat(d.healthy()).isTrue();
        assertThat(d.findings()).noneMatch(f -> f.severity() == Severity.CRITICAL);
    }
}
