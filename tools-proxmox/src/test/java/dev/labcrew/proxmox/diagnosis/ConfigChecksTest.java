package dev.labcrew.proxmox.diagnosis;

import static dev.labcrew.proxmox.diagnosis.SignatureFamiliesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import org.junit.jupiter.api.Test;

class ConfigChecksTest {

    @Test
    void should_be_healthy_when_running_with_a_clean_start_and_config() {
        StartupDiagnosis d = Evidence.ct(200).status("running").config("hostname", "web").config("features", "nesting=1")
                .start("OK").diagnose();

        assertThat(d.findings()).isEmpty();
        assertThat(d.unknown()).isNull();
        assertThat(d.healthy()).isTrue();
    }

    @Test
    void should_not_be_healthy_when_stopped_even_without_findings() {
        assertThat(Evidence.ct(200).diagnose().healthy()).isFalse();
    }

    @Test
    void should_warn_about_raw_dev_fuse_entry_without_fuse_feature() {
        StartupDiagnosis d = Evidence.ct(201).config("features", "nesting=1")
                .raw("lxc.cgroup2.devices.allow", "c 10:229 rwm")
                .raw("lxc.mount.entry", "/dev/fuse dev/fuse none bind,create=file 0 0").diagnose();

        Finding f = only(d, "fuse-raw-mount");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.needsHost()).isTrue();
        assertThat(f.evidence()).containsExactly("config: lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file 0 0",
                "config: lxc.cgroup2.devices.allow: c 10:229 rwm", "config: features: nesting=1");
        assertThat(f.fix()).contains("modprobe fuse", "pct set 201 --features nesting=1,keyctl=1,fuse=1");
    }

    @Test
    void should_not_warn_about_dev_fuse_entry_when_fuse_feature_is_set() {
        StartupDiagnosis d = Evidence.ct(201).config("features", "nesting=1,keyctl=1,fuse=1")
                .raw("lxc.mount.entry", "/dev/fuse dev/fuse none bind,create=file 0 0").diagnose();

        assertThat(d.findings()).isEmpty();
    }

    @Test
    void should_warn_about_docker_without_nesting_and_keyctl_keeping_existing_flags() {
        StartupDiagnosis d = Evidence.ct(202).config("tags", "docker;web").config("features", "mount=nfs").diagnose();

        Finding f = only(d, "docker-without-nesting");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsExactly("config: tags: docker;web", "config: features: mount=nfs",
                "config: unprivileged: 1");
        assertThat(f.fix()).contains("pct set 202 --features mount=nfs,nesting=1,keyctl=1", "root@pam");
    }

    @Test
    void should_accept_docker_with_nesting_and_keyctl() {
        StartupDiagnosis d = Evidence.ct(203).config("hostname", "docker-host").config("features", "nesting=1,keyctl=1")
                .diagnose();

        assertThat(d.findings()).isEmpty();
    }

    @Test
    void should_note_a_privileged_container() {
        StartupDiagnosis d = Evidence.ct(204).config("unprivileged", null).diagnose();

        Finding f = only(d, "privileged-container");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsExactly("config: no unprivileged key (PVE default 0: privileged)");
    }

    @Test
    void should_warn_about_nesting_in_a_privileged_container() {
        StartupDiagnosis d = Evidence.ct(205).config("unprivileged", "0").config("features", "nesting=1").diagnose();

        assertThat(d.findings()).extracting(Finding::id).containsExactly("privileged-nesting");
        assertThat(d.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(d.findings().get(0).evidence()).containsExactly("config: unprivileged: 0", "config: features: nesting=1");
    }

    @Test
    void should_call_a_lock_without_running_task_stale_and_suggest_pct_unlock() {
        StartupDiagnosis d = Evidence.ct(206).lock("snapshot").diagnose();

        Finding f = only(d, "stale-lock");
        assertThat(f.title()).isEqualTo("Stale lock (snapshot): no task runs for this guest");
        assertThat(f.evidence()).containsExactly("config: lock: snapshot");
        assertThat(f.fix()).contains("pct unlock 206");
        assertThat(f.needsHost()).isTrue();
        assertThat(d.findings()).extracting(Finding::id).doesNotContain("lock-in-use");
    }

    @Test
    void should_leave_a_lock_held_by_an_active_backup_alone() {
        String backup = "UPID:pve1:00001F2A:0019E1B2:6745E2A0:vzdump:206:root@pam:";
        StartupDiagnosis d = Evidence.ct(206).lock("backup").activeTask(backup).diagnose();

        Finding f = only(d, "lock-in-use");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence()).containsExactly("config: lock: backup", "active task: " + backup);
        assertThat(f.fix()).contains("Do not unlock");
        assertThat(d.findings()).extracting(Finding::id).doesNotContain("stale-lock");
    }

    @Test
    void should_list_bind_mounts_whose_host_paths_must_exist() {
        StartupDiagnosis d = Evidence.ct(207)
                .config("mp0", "/nvme2tb/lxc102scripts,mp=/mnt/lxc102scripts")
                .config("mp1", "local-lvm:vm-207-disk-1,mp=/data,size=8G")
                .config("mp2", "volume=/srv/media,mp=/media,ro=1").diagnose();

        Finding f = only(d, "host-bind-mounts");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence()).containsExactly("config: mp0: /nvme2tb/lxc102scripts,mp=/mnt/lxc102scripts",
                "config: mp2: volume=/srv/media,mp=/media,ro=1");
        assertThat(f.fix()).contains("ls -ld /nvme2tb/lxc102scripts /srv/media");
        assertThat(f.cause()).contains("Failed to mount", "pre-start hook", "no API call");
    }
}
