package dev.labcrew.proxmox.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import org.junit.jupiter.api.Test;

class SignatureFamiliesTest {

    static Finding only(StartupDiagnosis d, String id) {
        return d.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + d.findings()));
    }

    @Test
    void should_give_locked_guidance_on_lock_file_timeout_and_quote_the_active_task() {
        String error = "can't lock file '/run/lock/lxc/pve-config-105.lock' - got timeout";
        String backup = "UPID:pve1:00001F2A:0019E1B2:6745E2A0:vzdump:105:root@pam:";
        StartupDiagnosis d = Evidence.ct(105).start(error, "TASK ERROR: " + error).activeTask(backup).diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("lock-timeout");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).contains("LOCKED");
        assertThat(f.cause()).contains("/run/lock/lxc/pve-config-105.lock");
        assertThat(f.evidence()).containsExactly("task log: TASK ERROR: " + error, "active task: " + backup);
        assertThat(f.fix()).contains("GET /nodes/pve1/tasks?source=active&vmid=105", "pct unlock 105");
        assertThat(d.unknown()).isNull();
    }

    @Test
    void should_name_the_lock_when_ct_is_locked_and_flag_it_stale_without_tasks() {
        StartupDiagnosis d = Evidence.ct(103).lock("backup")
                .start("CT is locked (backup)", "TASK ERROR: CT is locked (backup)").diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("ct-locked");
        assertThat(f.title()).isEqualTo("LOCKED: CT is locked (backup)");
        assertThat(f.evidence()).containsExactly("task log: TASK ERROR: CT is locked (backup)", "config: lock: backup");
        assertThat(only(d, "stale-lock").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void should_blame_the_prestart_hook_with_all_its_lines() {
        StartupDiagnosis d = Evidence.ct(112).start("startup for container '112' failed",
                "run_buffer: 322 Script exited with status 255",
                "lxc_init: 844 Failed to run lxc.hook.pre-start for container \"112\"",
                "__lxc_start: 2027 Failed to initialize container \"112\"",
                "TASK ERROR: startup for container '112' failed").diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("prestart-hook-failed");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.evidence()).containsExactly(
                "task log: run_buffer: 322 Script exited with status 255",
                "task log: lxc_init: 844 Failed to run lxc.hook.pre-start for container \"112\"",
                "task log: __lxc_start: 2027 Failed to initialize container \"112\"",
                "task log: TASK ERROR: startup for container '112' failed");
        assertThat(f.fix()).contains("pct start 112 --debug");
        assertThat(d.findings()).extracting(Finding::id).doesNotContain("start-failed");
        assertThat(d.unknown()).isNull();
    }

    @Test
    void should_report_systemd_nesting_warning_as_info_when_running_after_a_warnings_start() {
        StartupDiagnosis d = Evidence.ct(120).status("running")
                .start("WARNINGS: 1", "WARN: Systemd 255 detected. You may need to enable nesting.", "TASK WARNINGS: 1")
                .diagnose();

        Finding f = only(d, "systemd-needs-nesting");
        assertThat(f.title()).isEqualTo("Guest runs systemd 255 without nesting");
        assertThat(f.fix()).contains("pct set 120 --features nesting=1");
        assertThat(d.findings()).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        assertThat(d.unknown()).isNull();
        assertThat(d.healthy()).isTrue();
    }

    @Test
    void should_map_missing_config_to_not_found_on_that_node() {
        String error = "Configuration file 'nodes/pve2/lxc/120.conf' does not exist";
        StartupDiagnosis d = Evidence.ct(120).node("pve2").status("unknown").start(error, "TASK ERROR: " + error).diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("config-not-found");
        assertThat(f.title()).isEqualTo("CT 120 does not exist on node pve2");
        assertThat(f.fix()).contains("GET /cluster/resources?type=vm");
    }

    @Test
    void should_say_already_running_is_no_failure() {
        StartupDiagnosis d = Evidence.ct(102).status("running")
                .start("CT 102 already running", "TASK ERROR: CT 102 already running").diagnose();

        Finding f = only(d, "already-running");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(d.unknown()).isNull();
        assertThat(d.healthy()).isTrue();
    }

    @Test
    void should_report_node_unreachable_from_a_596_gap() {
        String gap = "start task log: 596 Connection timed out";
        StartupDiagnosis d = Evidence.ct(130).node("pve3").status("unknown").gap(gap).diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("node-unreachable");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.evidence()).containsExactly("gap: " + gap);
        assertThat(f.fix()).contains("GET /cluster/status", "pve3");
    }

    @Test
    void should_treat_interrupted_by_signal_as_an_aborted_start() {
        StartupDiagnosis d = Evidence.ct(131).start("interrupted by signal").diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("task-interrupted");
        assertThat(f.evidence()).containsExactly("exit status: interrupted by signal");
        assertThat(d.unknown()).isNull();
    }

    @Test
    void should_flag_guest_fuse_use_without_the_fuse_feature() {
        String line = "Nov 24 19:40:05 pve1 rclone[811]: fusermount: fuse device not found, try 'modprobe fuse' first";
        StartupDiagnosis d = Evidence.ct(140).journal(line).diagnose();

        Finding f = only(d, "guest-fuse-device-missing");
        assertThat(f.evidence()).containsExactly("journal: " + line);
        assertThat(f.fix()).contains("root@pam", "fuse=1");
    }

    @Test
    void should_recognise_systemctl_start_failure_but_still_report_the_failure_as_unknown() {
        String error = "command 'systemctl start pve-container@101' failed: exit code 1";
        StartupDiagnosis d = Evidence.ct(101).start(error,
                "Job for pve-container@101.service failed because the control process exited with error code.",
                "TASK ERROR: " + error).diagnose();

        assertThat(d.findings()).extracting(Finding::id).containsExactly("systemctl-start-failed");
        assertThat(d.unknown()).isEqualTo(new UnknownFailure("TASK ERROR: " + error, "vzstart task", "task log"));
    }

    @Test
    void should_recognise_proc_mount_failure_without_claiming_a_cause() {
        String proc = "lxc_mount_auto_mounts: 736 Permission denied - Failed to mount \"proc\" onto "
                + "\"/usr/lib/x86_64-linux-gnu/lxc/rootfs/proc\"";
        StartupDiagnosis d = Evidence.ct(150).start("startup for container '150' failed", proc,
                "lxc_setup: 4396 Failed to setup first automatic mounts",
                "__lxc_start: 2107 Failed to initialize container \"150\"",
                "TASK ERROR: startup for container '150' failed").diagnose();

        Finding f = d.findings().get(0);
        assertThat(f.id()).isEqualTo("proc-mount-failed");
        assertThat(f.cause()).contains("has not been established");
        assertThat(d.findings()).extracting(Finding::id).doesNotContain("start-failed");
        assertThat(d.unknown()).isEqualTo(new UnknownFailure(proc, "lxc_mount_auto_mounts", "task log"));
    }
}
