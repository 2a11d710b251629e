package dev.labcrew.proxmox.provision;

import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.lxc.LxcConfig;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/** A client, a store and an approving runtime on a running FakeProxmox, with fast retries. */
final class ProvisionFixture implements AutoCloseable {
    static final String GOLDEN = "local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst";
    static final String GOLDEN_MAC = "BC:24:11:63:43:F4";

    final FakeProxmox fake;
    final ProxmoxClient client;
    final StateStore store = StateStore.temporary();

    ProvisionFixture(FakeProxmox fake) {
        this.fake = fake;
        this.client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(4, Duration.ofMillis(5), Duration.ofMillis(40)).build());
    }

    /** A runtime whose gate approves everything, journaling into {@link #store}; progress lines go to {@code progress}. */
    ToolRuntime approving(Consumer<String> progress) {
        return ProxmoxToolset.runtime(client).store(store).progress(progress).gate(p -> Decision.approved(p, "test",
            "approved by the test", ApprovalIds.next("test"), Instant.now().plusSeconds(900))).build();
    }

    ToolRuntime approving() {
        return approving(line -> { });
    }

    boolean exists(int vmid) {
        return client.cluster().guests().stream().anyMatch(g -> g.vmid() == vmid);
    }

    LxcConfig config(int vmid) {
        return client.lxc().config("pve2", vmid);
    }

    String mac(int vmid) {
        return LxcConfig.parsePropertyString(config(vmid).get("net0")).get("hwaddr").toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        client.close();
        store.close();
    }
}
