package dev.labcrew.proxmox.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VmToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private ProxmoxClient client;
    private ToolRuntime runtime;

    @BeforeEach
    void connect() {
        var fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(2, Duration.ofMillis(1), Duration.ofMillis(2)).build());
        runtime = ProxmoxToolset.runtime(client).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void should_list_vms_only_with_templates_marked() {
        VmList list = (VmList) runtime.call("list_vms", Map.of()).value();
        assertThat(list.vms()).extracting(VmRow::vmid).containsExactly(100, 110, 9000);
        assertThat(list.vms()).filteredOn(VmRow::template).extracting(VmRow::vmid).containsExactly(9000);
        assertThat(runtime.call("list_vms", Map.of()).text()).contains("template").doesNotContain("pihole");
    }

    @Test
    void should_report_the_guest_agent_and_its_addresses() {
        VmStatusReport s = (VmStatusReport) runtime.call("check_vm_status", Map.of("vmid", 100)).value();
        assertThat(s.agent()).isEqualTo("responding");
        assertThat(s.addresses()).anySatisfy(i -> assertThat(i.addresses()).isNotEmpty());
        assertThat(s.gaps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_answer_status_with_a_gap_when_the_agent_cannot_be_read(int status) {
        pve.fake().faults().failPath("/agent/", status);
        ToolResult result = runtime.call("check_vm_status", Map.of("vmid", 100));
        VmStatusReport s = (VmStatusReport) result.value();
        assertThat(s.status()).isEqualTo("running");
        assertThat(s.agent()).isEqualTo("unknown");
        assertThat(s.gaps()).singleElement().satisfies(g -> assertThat(g.why())
            .contains(status == 403 ? "VM.GuestAgent.Audit" : "this PVE version has no GET /nodes/pve1/qemu/100/agent"));
        assertThat(result.text()).contains("GAP guest agent not read");
    }

    @Test
    void should_say_the_agent_is_off_without_asking_it() {
        VmStatusReport s = (VmStatusReport) runtime.call("check_vm_status", Map.of("vmid", 110)).value();
        assertThat(s.agent()).isEqualTo("off");
        assertThat(pve.fake().requests()).noneMatch(r -> r.apiPath().contains("/agent/"));
    }

    @Test
    void should_audit_passthrough_agent_and_machine_type() {
        VmConfigReport r = (VmConfigReport) runtime.call("get_vm_config", Map.of("vmid", 110)).value();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("passthrough hostpci0"))
            .anySatisfy(w -> assertThat(w).contains("guest agent off"))
            .anySatisfy(w -> assertThat(w).contains("pc-q35-6.2"))
            .noneSatisfy(w -> assertThat(w).contains("no backup"));
    }

    @Test
    void should_warn_about_a_vm_no_backup_job_covers() {
        VmConfigReport r = (VmConfigReport) runtime.call("get_vm_config", Map.of("vmid", 9000)).value();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("WARNING no backup"));
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_not_judge_backup_coverage_when_the_jobs_cannot_be_read(int status) {
        pve.fake().faults().failPath("^/cluster/backup$", status);
        VmConfigReport r = (VmConfigReport) runtime.call("get_vm_config", Map.of("vmid", 9000)).value();
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("no backup"));
        assertThat(r.gaps()).singleElement().satisfies(g -> assertThat(g.what()).isEqualTo("backup jobs"));
        assertThat(r.config().template()).isTrue();
    }

    @Test
    void should_list_snapshots_without_the_current_entry() {
        VmSnapshotReport r = (VmSnapshotReport) runtime.call("check_vm_snapshots", Map.of("vmid", 100)).value();
        assertThat(r.snapshots()).extracting(VmSnapshot::name).containsExactly("before-update");
        assertThat(r.current()).isEqualTo("before-update");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w).contains("older than 14 days"));
    }

    @Test
    void should_refuse_a_container_vmid_and_an_unknown_vm() {
        assertThatThrownBy(() -> new VmTools(client).checkVmStatus(101, null))
            .isInstanceOfSatisfying(LabcrewException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT));
        assertThat(runtime.call("check_vm_status", Map.of("vmid", 4242)).isError()).isTrue();
        assertThat(runtime.call("get_vm_config", Map.of("vmid", 100, "node", "pve2")).isError()).isTrue();
    }
}
