package dev.labcrew.proxmox.provision;

import static dev.labcrew.proxmox.provision.ProvisionFixture.GOLDEN;
import static dev.labcrew.proxmox.provision.ProvisionFixture.GOLDEN_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** provision_lxc through the runtime on the demo lab: the plan, the job, the identity reset (seed 004), and refusals. */
class ProvisionLxcTest {
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

    @Test
    void should_show_one_plan_with_each_step_and_its_undo_and_change_nothing() {
        ToolResult plan = lab.approving().call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "web1", "dry_run", true));

        assertThat(plan.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(plan.text()).contains("restore=1 ostemplate=" + GOLDEN, "golden's MAC " + GOLDEN_MAC, "net0 without hwaddr",
            "felhom-golden -> web1", "ssh-keygen -A", "destroy it", "DRY RUN");
        assertThat(pve.fake().requests()).noneMatch(r -> !r.method().equals("GET"));
    }

    @Test
    void should_provision_a_running_guest_with_a_fresh_mac_and_the_new_hostname_and_journal_every_step() {
        List<String> progress = new ArrayList<>();
        ToolResult done = lab.approving(progress::add).call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "web1", "vmid", 120));

        assertThat(done.outcome()).as(done.text()).isEqualTo(Outcome.OK);
        assertThat(done.text()).contains("SUCCEEDED", "STILL TO DO by a human", "ssh-keygen -A");
        assertThat(lab.client.lxc().status("pve2", 120).running()).isTrue();
        assertThat(lab.config(120).hostname()).isEqualTo("web1");
        assertThat(lab.mac(120)).startsWith("BC:24:11:").isNotEqualTo(GOLDEN_MAC);
        assertThat(lab.config(120).get("features")).isEqualTo("nesting=1,keyctl=1");
        assertThat(progress).anyMatch(l -> l.startsWith("[1/4] restore: CT 120 restored"))
            .anyMatch(l -> l.startsWith("[4/4] verify: CT 120 web1 running"));

        Job job = lab.store.jobs().list().get(0);
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(lab.store.jobs().steps(job.id())).filteredOn(s -> s.phase() == StepPhase.DONE).extracting(JobStep::step)
            .containsExactly("restore", "identity", "start", "verify");
        assertThat(lab.store.jobs().steps(job.id())).filteredOn(s -> s.phase() == StepPhase.TASK)
            .extracting(JobStep::upid).anyMatch(u -> u.contains(":vzrestore:120:")).anyMatch(u -> u.contains(":vzstart:120:"));
        List<AuditRecord> trail = lab.store.auditTrail().stream().filter(r -> r.event().actionId().equals(job.id())).toList();
        assertThat(trail).extracting(r -> r.event().type()).startsWith(AuditEventType.PROPOSED, AuditEventType.DECIDED,
            AuditEventType.STARTED, AuditEventType.STEP).endsWith(AuditEventType.STEP, AuditEventType.FINISHED);
        assertThat(lab.store.verifyAudit().intact()).isTrue();
    }

    @Test
    void should_never_give_two_guests_from_one_golden_the_same_mac() {
        assertThat(lab.approving().call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "web1")).outcome()).isEqualTo(Outcome.OK);
        assertThat(lab.approving().call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "web2")).outcome()).isEqualTo(Outcome.OK);

        List<Integer> made = lab.client.cluster().guests().stream().filter(g -> g.name().matches("web[12]")).map(g -> g.vmid()).toList();
        assertThat(made).hasSize(2);
        assertThat(lab.mac(made.get(0))).isNotEqualTo(lab.mac(made.get(1))).isNotEqualTo(GOLDEN_MAC);
        assertThat(lab.mac(made.get(1))).isNotEqualTo(GOLDEN_MAC);
    }

    @Test
    void should_grow_attach_and_size_the_guest_retrying_the_config_lock_right_after_the_resize() {
        ToolResult done = lab.approving().call("provision_lxc", Map.of("archive", GOLDEN, "hostname", "db1", "vmid", 121,
            "rootfs_gib", 12, "mounts", "local-lvm:2:/srv/data", "memory", 1024, "cores", 1, "tags", "db;prod"));

        assertThat(done.outcome()).as(done.text()).isEqualTo(Outcome.OK);
        assertThat(lab.config(121).rootfs()).isEqualTo("local-lvm:vm-121-disk-0,size=12G");
        assertThat(lab.config(121).get("mp0")).contains("mp=/srv/data", "size=2G");
        assertThat(lab.config(121).memory()).isEqualTo(1024);
        assertThat(lab.config(121).tags()).containsExactly("db", "prod");
        List<Integer> afterResize = pve.fake().requests().stream()
            .filter(r -> r.method().equals("PUT") && r.apiPath().equals("/nodes/pve2/lxc/121/config") && r.body().contains("mp0"))
            .map(RecordedRequest::status).toList();
        assertThat(afterResize).containsExactly(500, 200);
    }

    @Test
    void should_refuse_with_one_clear_line_what_cannot_be_provisioned() {
        assertThat(error(Map.of("archive", "local:backup/vzdump-lxc-9999-2026_01_01-00_00_00.tar.zst", "hostname", "x1")))
            .contains("No node holds the archive");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "x1", "vmid", 9101))).contains("VMID 9101 is taken");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "pihole"))).contains("Hostname pihole is taken by CT 101");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "x1", "rootfs_gib", 4000))).contains("GiB free; the new container needs 4000 GiB");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "x1", "storage", "local"))).contains("does not hold container volumes");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "x1", "storage", "nvme2tb"))).contains("not available on pve2");
        assertThat(error(Map.of("archive", "web1.tar", "hostname", "x1"))).contains("archive must be the volume id");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "bad_name"))).contains("hostname must be one DNS label");
        assertThat(error(Map.of("archive", GOLDEN, "hostname", "x1", "mounts", "local-lvm:/srv"))).contains("a mount is STORAGE:GiB:/path");
        assertThat(pve.fake().requests()).noneMatch(r -> !r.method().equals("GET"));
        assertThat(lab.store.jobs().list()).isEmpty();
    }

    private String error(Map<String, Object> args) {
        ToolResult result = lab.approving().call("provision_lxc", args);
        assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.ERROR);
        assertThat(result.errorKind()).isIn(ErrorKind.BAD_INPUT, ErrorKind.NOT_FOUND, ErrorKind.CONFLICT);
        return result.text();
    }
}
