package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A client and a tool runtime on a running FakeProxmox, with fast retries for tests. */
final class LabFixture implements AutoCloseable {
    final FakeProxmox fake;
    final ProxmoxClient client;
    final ToolRuntime runtime;

    LabFixture(FakeProxmox fake) {
        this(fake, fake.tokenId(), fake.tokenSecret());
    }

    LabFixture(FakeProxmox fake, String tokenId, String secret) {
        this.fake = fake;
        this.client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(tokenId).tokenSecret(secret)
            .caPem(fake.certificatePem()).retry(3, Duration.ofMillis(1), Duration.ofMillis(5)).build());
        this.runtime = ProxmoxToolset.runtime(client).build();
    }

    /** A runtime whose gate approves everything: for testing what actions do once approved. */
    ToolRuntime approving() {
        return ProxmoxToolset.runtime(client).gate(p -> Decision.approved(p, "test", "approved by the test",
            ApprovalIds.next("test"), Instant.now().plusSeconds(900))).build();
    }

    ToolResult call(String tool, Map<String, ?> args) {
        return runtime.call(tool, args);
    }

    @Override
    public void close() {
        client.close();
    }
}
