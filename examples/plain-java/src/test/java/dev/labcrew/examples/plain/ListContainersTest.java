package dev.labcrew.examples.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same code against FakeProxmox: a simulated Proxmox VE API over HTTPS on loopback, started per test class. */
class ListContainersTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private ProxmoxClient client;

    @BeforeEach
    void connect() {
        FakeProxmox fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl())
            .tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret())
            .caPem(fake.certificatePem())              // trust exactly the simulator's certificate
            .build());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void lists_the_containers_of_the_scenario() {
        ToolResult result = ListContainers.containers(ProxmoxToolset.runtime(client).build());
        assertEquals(ToolResult.Outcome.OK, result.outcome());
        assertTrue(result.text().contains("pihole"), result.text());
    }

    @Test
    void finds_why_a_container_does_not_start() {
        ToolResult result = ListContainers.troubleshoot(ProxmoxToolset.runtime(client).build(), 102);
        assertTrue(result.text().contains("tmpfiles"), result.text());
    }

    @Test
    void a_change_waits_for_a_human() {
        ToolRuntime runtime = ProxmoxToolset.runtime(client).gate(ApprovalGate.queue()).build();
        ToolResult result = runtime.call("restart_lxc", Map.of("vmid", 200, "reason", "memory at 95%"));
        assertEquals(ToolResult.Outcome.PENDING, result.outcome(), result.text());
    }
}
