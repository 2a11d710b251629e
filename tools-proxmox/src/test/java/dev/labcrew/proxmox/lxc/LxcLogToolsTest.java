package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LxcLogToolsTest {
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
    void should_show_journal_and_failed_start_task_errors_first() {
        LxcLogs logs = new LxcLogTools(lab.client).checkLxcLogs(102, null, null);
        assertThat(logs.journal()).anySatisfy(l -> assertThat(l).contains("Failed to set up standard error output"));
        assertThat(logs.tasks()).anySatisfy(t -> assertThat(t.type()).isEqualTo("vzstart"));
        String text = logs.toText();
        assertThat(text.indexOf("ERRORS AND WARNINGS")).isLessThan(text.indexOf("TASKS"));
        assertThat(text).contains("unable to get PID for CT 102").contains("standard error output");
        assertThat(logs.journal()).noneMatch(l -> l.contains("pve-container@200"));
    }

    @Test
    void should_bound_lines() {
        assertThat(lab.call("check_lxc_logs", Map.of("vmid", 102, "lines", 500)).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        LxcLogs logs = new LxcLogTools(lab.client).checkLxcLogs(102, null, 2);
        assertThat(logs.journal()).hasSizeLessThanOrEqualTo(2);
        assertThat(logs.toText()).contains("more lines not shown");
    }

    @Test
    void should_name_missing_syslog_and_audit_privileges_instead_of_saying_no_logs() {
        var fake = pve.fake();
        try (LabFixture auditor = new LabFixture(fake, "auditor@pve!readonly", fake.token("auditor@pve!readonly").secret())) {
            LxcLogs logs = new LxcLogTools(auditor.client).checkLxcLogs(102, null, null);
            assertThat(logs.gaps()).anySatisfy(g -> assertThat(g).contains("Sys.Syslog").contains("/nodes/pve1"));
            assertThat(logs.gaps()).anySatisfy(g -> assertThat(g).contains("Sys.Audit"));
            assertThat(logs.toText()).contains("GAP");
        }
    }
}
