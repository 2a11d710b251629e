package dev.labcrew.proxmox.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.LabRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabRuntime lab;

    @BeforeEach
    void connect() {
        lab = new LabRuntime(pve.fake());
    }

    @AfterEach
    void close() {
        lab.close();
    }

    private GuestBackup guest(BackupReport r, int vmid) {
        return r.guests().stream().filter(g -> g.vmid() == vmid).findFirst().orElseThrow();
    }

    @Test
    void should_find_the_newest_backup_per_guest_and_the_failed_jobs() {
        BackupReport r = (BackupReport) lab.call("check_backups", Map.of()).value();
        assertThat(guest(r, 100).volid()).startsWith("local:backup/vzdump-qemu-100-");
        assertThat(guest(r, 100).inJob()).isTrue();
        assertThat(guest(r, 102).volid()).isNull();
        assertThat(r.guests()).noneMatch(g -> g.vmid() == 9000);
        assertThat(r.failedJobs()).extracting(t -> t.id()).contains("110", "103");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("no backup").contains("lxc/102 (in no job)"))
            .anySatisfy(w -> assertThat(w).contains("lxc/200").contains("9d 0h old"));
        assertThat(r.gaps()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/storage/local/content$,403", "/storage/local/content$,501"})
    void should_not_call_guests_unbacked_when_a_storage_cannot_be_read(String path, int status) {
        pve.fake().faults().failPath("^/nodes/pve1" + path, status);
        var result = lab.call("check_backups", Map.of());
        BackupReport r = (BackupReport) result.value();
        assertThat(r.gaps()).singleElement().satisfies(g -> assertThat(g.what()).isEqualTo("backups on local@pve1"));
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("no backup on any backup storage"));
        assertThat(guest(r, 110).volid()).isNotNull();
        assertThat(result.text()).contains("GAP backups on local@pve1 not read");
    }

    @ParameterizedTest
    @CsvSource({"^/cluster/backup$,backup jobs,403", "^/cluster/backup$,backup jobs,501",
        "^/nodes/pve2/tasks$,vzdump tasks of pve2,403", "^/nodes/pve2/tasks$,vzdump tasks of pve2,501"})
    void should_answer_with_a_named_gap_when_jobs_or_tasks_cannot_be_read(String path, String what, int status) {
        pve.fake().faults().failPath(path, status);
        BackupReport r = (BackupReport) lab.call("check_backups", Map.of()).value();
        assertThat(guest(r, 100).volid()).isNotNull();
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo(what);
            assertThat(g.status()).isEqualTo(status);
        });
        if (what.equals("backup jobs")) {
            assertThat(r.guests()).allMatch(g -> g.inJob() == null);
        }
    }
}
