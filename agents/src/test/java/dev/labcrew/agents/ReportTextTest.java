package dev.labcrew.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    private static Finding finding(Severity severity, int vmid, String cause) {
        return new Finding("lxc-resources", severity, "ct/" + vmid + "@pve1", "CT " + vmid + ": " + cause, List.of("evidence of " + vmid),
            cause + ". More words about it.", "fix " + vmid, null, List.of());
    }

    @Test
    void should_keep_every_critical_in_full_and_group_the_rest_whatever_the_size_of_the_lab() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            findings.add(finding(Severity.CRITICAL, 100 + i, "memory at 99%"));
        }
        for (int i = 0; i < 3000; i++) {
            findings.add(finding(Severity.WARNING, 1000 + i, i % 2 == 0 ? "swap at 80%" : "disk at 85%"));
        }
        List<ActionRecord> actions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            actions.add(new ActionRecord("restart_lxc", Map.of("vmid", 1000 + i), "ct/" + (1000 + i) + "@pve1", "why",
                ActionRecord.Status.PENDING, "PENDING approval"));
        }
        IncidentReport report = new IncidentReport("sweep", Instant.EPOCH, Instant.EPOCH, findings, actions, List.of(), List.of());

        String text = report.toText();

        assertThat(text).contains("FINDINGS: 5 critical, 3000 warning, 0 info");
        for (int i = 0; i < 5; i++) {
            assertThat(text).contains("CRITICAL CT " + (100 + i) + ": memory at 99%").contains("evidence of " + (100 + i));
        }
        assertThat(text).contains("GROUPED (2970 more findings; every one in full with --json)")
            .contains("1485 x WARNING lxc-resources: swap at 80%.").contains("and 1477 more")
            .contains("480 more restart_lxc PENDING");
        assertThat(text.length()).isLessThan(20_000);
    }
}
