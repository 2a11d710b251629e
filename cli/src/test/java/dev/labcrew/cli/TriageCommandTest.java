package dev.labcrew.cli;

import static dev.labcrew.cli.ToolsCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TriageCommandTest {
    @Test
    void should_report_the_seeded_incidents_execute_nothing_and_exit_zero() {
        Cli cli = Cli.run("triage", "--demo", "--approve", "never");
        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("INCIDENT REPORT").contains("/run/pve").contains("fuse").contains("memory at 95.0%")
            .contains("MAC address BC:24:11:63:43:F4 is shared").contains("Stale lock").contains("Privileged")
            .contains("0 executed").contains("A HUMAN MUST STILL DO").contains("tmpfiles.d");
        assertThat(cli.err()).contains("labcrew: monitor: sweeping");
        assertNoStackTrace(cli);
    }

    @Test
    void should_print_the_same_report_as_json() throws Exception {
        Cli cli = Cli.run("triage", "--demo", "--approve", "never", "--json");
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.get("findings").size()).isGreaterThan(5);
        assertThat(report.get("actions").get(0).get("status").asText()).isEqualTo("DENIED");
        assertThat(cli.out()).doesNotContain("Sup3r-Secret-Pg-2024");
    }
}
