package dev.labcrew.proxmox.provision;

import static dev.labcrew.proxmox.provision.ProvisionFixture.GOLDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fault injected at each step in turn: the compensation leaves no half-made guest, and the trail tells the story. */
class ProvisionRollbackTest {
    private static final int VMID = 122;
    private static final Map<String, Object> ALL_STEPS = Map.of("archive", GOLDEN, "hostname", "app1", "vmid", VMID,
        "rootfs_gib", 10, "mounts", "local-lvm:1:/srv", "memory", 1024);

    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents").configure(b -> b.taskDuration(Duration.ofMillis(20)));

    private ProvisionFixture lab;

    @BeforeEach
    void connect() {
        lab = new ProvisionFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"restore", "identity", "resize", "mounts", "resources", "start", "verify"})
    void should_leave_no_half_made_guest_when_a_step_fails(String failing) {
        ToolResult result = lab.approving(faultAt(failing)).call("provision_lxc", ALL_STEPS);

        assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.ERROR);
        assertThat(result.text()).contains("failed at step " + failing);
        assertThat(lab.exists(VMID)).isFalse();
        Job job = lab.store.jobs().list().get(0);
        assertThat(job.state()).isEqualTo(JobState.ROLLED_BACK);
        List<JobStep> steps = lab.store.jobs().steps(job.id());
        assertThat(steps).filteredOn(s -> s.phase() == StepPhase.FAILED).extracting(JobStep::step).containsExactly(failing);
        assertThat(steps.get(steps.size() - 1).step()).isEqualTo(JobRunner.COMPENSATE);
        assertThat(steps.get(steps.size() - 1).phase()).isEqualTo(StepPhase.UNDONE);
        assertThat(steps.get(steps.size() - 1).detail()).contains(failing.equals("restore") ? "nothing to undo" : "destroyed");
        List<AuditEventType> trail = lab.store.auditTrail().stream().map(AuditRecord::event)
            .filter(e -> e.actionId().equals(job.id())).map(e -> e.type()).toList();
        assertThat(trail).startsWith(AuditEventType.PROPOSED, AuditEventType.DECIDED, AuditEventType.STARTED).endsWith(AuditEventType.FAILED);
        assertThat(lab.store.verifyAudit().intact()).isTrue();
    }

    @Test
    void should_abort_a_cut_off_job_by_destroying_only_its_own_guest_and_refuse_a_finished_one() {
        ToolResult done = lab.approving().call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "app2", "vmid", 123));
        Job job = lab.store.jobs().list().get(0);
        JobControl control = ProxmoxToolset.jobs(lab.client);

        assertThat(done.outcome()).isEqualTo(Outcome.OK);
        assertThatThrownBy(() -> control.resume(lab.store, job.id(), line -> { })).isInstanceOf(LabcrewException.class)
            .hasMessageContaining("is SUCCEEDED: nothing to resume");
        assertThatThrownBy(() -> control.abort(lab.store, "nope", "me", line -> { })).hasMessageContaining("No job nope");
        assertThat(lab.exists(123)).isTrue();
        assertThat(lab.exists(9101)).isTrue();
    }

    /** Injects the fault of one step when the runner announces that step, so it meets exactly that one. */
    private Consumer<String> faultAt(String step) {
        return line -> {
            if (!line.matches("\\[\\d+/\\d+] " + step + " \\.\\.\\.")) {
                return;
            }
            switch (step) {
                case "restore" -> pve.fake().faults().failWrite("POST", "^/nodes/pve2/lxc$", 1);
                case "identity", "mounts", "resources" -> pve.fake().faults().failWrite("PUT", "/lxc/" + VMID + "/config$", 1);
                case "resize", "start" -> pve.fake().faults().failNextTask(VMID, step + " failed (injected)", List.of("injected"));
                case "verify" -> lab.approving().call("stop_lxc", Map.of("vmid", VMID));
                default -> throw new IllegalArgumentException(step);
            }
        };
    }
}
