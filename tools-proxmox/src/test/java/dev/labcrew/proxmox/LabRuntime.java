package dev.labcrew.proxmox;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.time.Duration;
import java.util.Map;

/** A client and a default (deny-all) runtime on a running FakeProxmox, with fast retries, for tool tests. */
public final class LabRuntime implements AutoCloseable {
    public final ProxmoxClient client;
    public final ToolRuntime runtime;

    public LabRuntime(FakeProxmox fake) {
        this.client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(2, Duration.ofMillis(1), Duration.ofMillis(2)).build());
        this.runtime = ProxmoxToolset.runtime(client).build();
    }

    public ToolResult call(String tool, Map<String, ?> args) {
        return runtime.call(tool, args);
    }

    @Override
    public void close() {
        client.close();
    }
}
