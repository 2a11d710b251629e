package dev.labcrew.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.labcrew.agents.ActionRecord.Status;
import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The offline crew on the demo lab: every seeded incident found with its cause, fixes proposed through the gate. */
class TriageTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private ProxmoxClient client;

    @BeforeEach
    void connect() {
        FakeProxmox fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(2, Duration.ofMillis(1), Duration.ofMillis(2)).build());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private IncidentReport triage(ToolRuntime runtime) {
        List<String> progress = new ArrayList<>();
        try (Sweep sweep = new Sweep(progress::add, 4)) {
            IncidentReport report = new Triage(runtime, ProxmoxAnalyzers.create(client)).run("full sweep", sweep);
            assertThat(progress).isNotEmpty();
            return report;
        }
    }

    private static Finding find(IncidentReport report, String target, String titlePart) {
        return report.findings().stream().filter(f -> f.target().contains(target) && f.title().contains(titlePart)).findFirst()
            .orElseThrow(() -> new AssertionError("no finding on " + target + " with '" + titlePart + "' in\n" + report.toText()));
    }

    @Test
    void should_find_every_seeded_incident_with_its_cause_and_change_nothing_when_nobody_approves() {
        IncidentReport report = triage(ProxmoxToolset.runtime(client).build());

        Finding runPve = find(report, "ct/102@", "/run/pve");
        assertThat(runPve.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(runPve.evidence()).anySatisfy(e -> assertThat(e).contains("Failed to set up standard error output"));
        assertThat(find(report, "ct/902@", "fuse").cause()).contains("/dev/fuse");
        Finding memory = find(report, "ct/200@", "memory at 9");
        assertThat(memory.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(memory.action().tool()).isEqualTo("restart_lxc");
        Finding mac = find(report, "ct/9101@", "MAC address BC:24:11:63:43:F4");
        assertThat(mac.target()).contains("ct/9102@");
        assertThat(mac.cause()).contains("restored from one archive");
        find(report, "ct/9101@", "Hostname felhom-golden");
        assertThat(find(report, "ct/105@", "Privileged").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(report, "ct/103@", "Stale lock").fix()).contains("pct unlock 103");

        assertThat(report.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(report.manualSteps()).anySatisfy(s -> assertThat(s).contains("/etc/tmpfiles.d/pve-run.conf"));
        assertThat(report.manualSteps()).anySatisfy(s -> assertThat(s).contains("ssh-keygen -A"));
        assertThat(report.actions()).isNotEmpty().allMatch(a -> a.status() == Status.DENIED);
        assertThat(pve.fake().requests()).extracting(r -> r.method()).containsOnly("GET");
    }

    @Test
    void should_run_exactly_the_action_the_policy_allows_and_verify_it() {
        Policy policy = Policy.parse("{\"rules\":[{\"name\":\"heal-postgres\",\"tools\":[\"restart_lxc\"],\"vmids\":[200],"
            + "\"decision\":\"approve\"}]}", false);
        IncidentReport report = triage(ProxmoxToolset.runtime(client).policy(policy).build());

        assertThat(report.actions()).filteredOn(ActionRecord::executed).singleElement().satisfies(a -> {
            assertThat(a.tool()).isEqualTo("restart_lxc");
            assertThat(a.arguments()).containsEntry("vmid", 200);
            assertThat(a.result()).contains("DONE restart_lxc on ct/200@pve1: running");
        });
        assertThat(report.actions()).filteredOn(a -> !a.executed()).allMatch(a -> a.status() == Status.DENIED);
        assertThat(pve.fake().requests()).filteredOn(r -> !r.method().equals("GET")).extracting(r -> r.apiPath())
            .containsExactly("/nodes/pve1/lxc/200/status/reboot");
        assertThat(report.toText()).contains("1 executed and verified");
    }

    @Test
    void should_keep_sweeping_when_a_node_is_offline() {
        pve.fake().faults().nodeOffline("pve2");
        IncidentReport report = triage(ProxmoxToolset.runtime(client).build());
        find(report, "ct/102@", "/run/pve");
        assertThat(report.findings()).noneMatch(f -> f.target().contains("@pve2") && f.title().contains("MAC"));
    }

    @Test
    void should_serialize_the_report_as_json() throws Exception {
        IncidentReport report = triage(ProxmoxToolset.runtime(client).build());
        String json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writeValueAsString(report);
        assertThat(new ObjectMapper().readTree(json).get("findings").size()).isEqualTo(report.findings().size());
        assertThat(json).contains("\"manualSteps\"").contains("/run/pve");
    }
}
