package dev.labcrew.proxmox.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** VM actions pass the same gate, audit and re-verification as the container ones. */
class VmActionsTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @TempDir
    Path dir;

    private ProxmoxClient client;
    private ToolRuntime approving;

    @BeforeEach
    void connect() {
        var fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(3, Duration.ofMillis(1), Duration.ofMillis(5)).build());
        approving = ProxmoxToolset.runtime(client).gate(p -> Decision.approved(p, "test", "approved by the test",
            ApprovalIds.next("test"), Instant.now().plusSeconds(900))).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private String status(int vmid) {
        return new VmTools(client).checkVmStatus(vmid, null).status();
    }

    @Test
    void should_shut_down_start_reboot_and_stop_a_vm_and_verify_each() {
        ToolResult down = approving.call("shutdown_vm", Map.of("vmid", 100));
        assertThat(down.text()).contains("DONE shutdown_vm on vm/100@pve1: stopped").contains("qmshutdown");
        assertThat(status(100)).isEqualTo("stopped");
        assertThat(approving.call("start_vm", Map.of("vmid", 100)).text()).contains("DONE start_vm").contains("running (uptime");
        assertThat(approving.call("reboot_vm", Map.of("vmid", 100)).text()).contains("DONE reboot_vm").contains("running");
        assertThat(approving.call("stop_vm", Map.of("vmid", 100)).text()).contains("DONE stop_vm").contains("stopped");
        assertThat(status(100)).isEqualTo("stopped");
    }

    @Test
    void should_take_a_snapshot_and_see_it_listed() {
        ToolResult result = approving.call("create_vm_snapshot", Map.of("vmid", 110, "snapname", "before-upgrade"));
        assertThat(result.text()).contains("DONE create_vm_snapshot").contains("snapshot 'before-upgrade' exists");
        assertThat(new VmTools(client).checkVmSnapshots(110, null).snapshots()).extracting(VmSnapshot::name).contains("before-upgrade");
    }

    @Test
    void should_make_no_change_for_no_ops_and_refuse_templates_and_containers() {
        assertThat(approving.call("start_vm", Map.of("vmid", 100)).text()).startsWith("NO CHANGE").contains("already running");
        assertThat(approving.call("start_vm", Map.of("vmid", 9000)).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(approving.call("stop_vm", Map.of("vmid", 200)).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(approving.call("create_vm_snapshot", Map.of("vmid", 100, "snapname", "1bad")).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(pve.fake().requests()).allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void should_send_nothing_when_nobody_approves() {
        ToolRuntime denying = ProxmoxToolset.runtime(client).build();
        for (String tool : new String[] {"stop_vm", "shutdown_vm", "reboot_vm"}) {
            assertThat(denying.call(tool, Map.of("vmid", 100)).outcome()).isEqualTo(Outcome.DENIED);
        }
        assertThat(denying.call("create_vm_snapshot", Map.of("vmid", 100, "snapname", "x1")).outcome()).isEqualTo(Outcome.DENIED);
        assertThat(pve.fake().requests()).allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void should_refuse_an_approved_stop_when_the_vm_changed_since_and_audit_it() {
        try (StateStore store = StateStore.sqlite(dir.resolve("labcrew.db"), dir.resolve("audit.key"))) {
            ToolRuntime queued = ProxmoxToolset.runtime(client).store(store).gate(ApprovalGate.queue()).build();
            assertThat(queued.call("stop_vm", Map.of("vmid", 100, "reason", "hung")).outcome()).isEqualTo(Outcome.PENDING);
            PendingApproval pending = store.list().stream().filter(a -> a.status() == PendingApproval.Status.PENDING).findFirst().orElseThrow();
            assertThat(pending.proposal().toString()).contains("DESTRUCTIVE").contains("vm/100@pve1");
            store.decide(pending.id(), Vote.of("alice", "queue", true, "go", Instant.now(), pending.proposal().hash()));
            approving.call("shutdown_vm", Map.of("vmid", 100));

            ToolResult result = queued.call("stop_vm", Map.of("vmid", 100));

            assertThat(result.outcome()).isIn(Outcome.DENIED, Outcome.OK);
            assertThat(result.text()).doesNotContain("DONE stop_vm");
            assertThat(pve.fake().requests()).noneMatch(r -> r.apiPath().endsWith("/status/stop"));
        }
    }
}
