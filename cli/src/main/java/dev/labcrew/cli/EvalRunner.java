package dev.labcrew.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.agents.IncidentReport;
import dev.labcrew.agents.Triage;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.Scenario;
import java.nio.charset.StandardCharsets;

/**
 * Runs one eval incident offline: its lab in a fresh simulator, the offline crew with every change denied, and the
 * verdict on what came out. Nothing is executed, so incidents stay independent.
 */
final class EvalRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalRunner() {
    }

    static EvalVerdict run(EvalIncident incident) {
        long started = System.nanoTime();
        try (FakeProxmox fake = FakeProxmox.builder().scenario(scenario(incident)).build().start();
             ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
                 .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).build())) {
            var runtime = ProxmoxToolset.runtime(client)
                .gate(ApprovalGate.denyAll("labcrew eval: a run may not change anything")).build();
            IncidentReport report = new Triage(runtime, ProxmoxAnalyzers.create(client)).run("eval " + incident.id(),
                Sweep.quiet());
            return EvalVerdict.judge(incident, report.findings(), (System.nanoTime() - started) / 1_000_000);
        } catch (LabcrewException e) {
            return EvalVerdict.failed(incident.id(), (System.nanoTime() - started) / 1_000_000, e.getMessage());
        }
    }

    private static Scenario scenario(EvalIncident incident) {
        if (incident.lab().isTextual()) {
            return Scenario.load(incident.lab().asText());
        }
        try {
            return Scenario.fromJson("incident " + incident.id(), JSON.writeValueAsString(incident.lab())
                .getBytes(StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the lab of " + incident.id(), e);
        }
    }
}
