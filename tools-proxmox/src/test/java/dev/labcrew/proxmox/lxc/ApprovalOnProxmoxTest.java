package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.PveMock;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An approval from the queue applies only to the container as it was when the human approved it. */
class ApprovalOnProxmoxTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @TempDir
    Path dir;

    private LabFixture lab;
    private StateStore store;
    private ToolRuntime runtime;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        store = StateStore.sqlite(dir.resolve("labcrew.db"), dir.resolve("audit.key"));
        runtime = ProxmoxToolset.runtime(lab.client).store(store).gate(ApprovalGate.queue()).build();
    }

    @AfterEach
    void disconnect() {
        lab.close();
        store.close();
    }

    private String approvePending() {
        PendingApproval pending = store.list().stream().filter(a -> a.status() == PendingApproval.Status.PENDING).findFirst().orElseThrow();
        store.decide(pending.id(), Vote.of("alice", "queue", true, "go", Instant.now(), pending.proposal().hash()));
        return pending.id();
    }

    @Test
    void should_refuse_when_the_config_changed_after_approval() {
        assertThat(runtime.call("restart_lxc", Map.of("vmid", 200)).outcome()).isEqualTo(Outcome.PENDING);
        approvePending();
        String digest = lab.client.lxc().config("pve1", 200).digest();
        PveMock.writes(lab.client).put("/nodes/pve1/lxc/200/config", Map.of("description", "edited by someone else", "digest", digest));

        ToolResult result = runtime.call("restart_lxc", Map.of("vmid", 200));
        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(result.text()).contains("another state of ct/200@pve1").contains("digest");
        assertThat(pve.fake().requests()).noneMatch(r -> r.apiPath().endsWith("/status/reboot"));
    }

    @Test
    void should_refuse_when_protection_was_set_after_approval() {
        assertThat(lab.client.lxc().config("pve2", 9101).protection()).isFalse();
        runtime.call("stop_lxc", Map.of("vmid", 9101));
        approvePending();
        String digest = lab.client.lxc().config("pve2", 9101).digest();
        PveMock.writes(lab.client).put("/nodes/pve2/lxc/9101/config", Map.of("protection", "1", "digest", digest));

        ToolResult result = runtime.call("stop_lxc", Map.of("vmid", 9101));
        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(result.text()).contains("protection 0 -> 1");
        assertThat(new LxcInventoryTools(lab.client).checkLxcStatus(9101, null).running()).isTrue();
    }

    @Test
    void should_run_the_approved_restart_once() {
        runtime.call("restart_lxc", Map.of("vmid", 200, "reason", "memory at 95%"));
        approvePending();
        assertThat(runtime.call("restart_lxc", Map.of("vmid", 200)).text()).contains("DONE restart_lxc");
        assertThat(runtime.call("restart_lxc", Map.of("vmid", 200)).outcome()).isEqualTo(Outcome.PENDING);
    }
}
