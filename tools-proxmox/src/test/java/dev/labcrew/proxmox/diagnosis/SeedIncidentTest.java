package dev.labcrew.proxmox.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import org.junit.jupiter.api.Test;

class SeedIncidentTest {

    static final String MONITOR = "problem with monitor socket, but continuing anyway: got timeout";
    static final String NO_PID = "TASK ERROR: unable to get PID for CT 102 (not running?)";
    static final String STDERR = "Dec 30 19:20:01 ugreen (lxc-start)[2841]: pve-container@102.service: "
            + "Failed to set up standard error output: No such file or directory";
    static final String STEP = "Dec 30 19:20:01 ugreen (lxc-start)[2841]: pve-container@102.service: "
            + "Failed at step STDERR spawning /usr/bin/lxc-start: No such file or directory";
    static final String STATUS = "Dec 30 19:20:01 ugreen systemd[1]: pve-container@102.service: "
            + "Control process exited, code=exited, status=209/STDERR";

    static Evidence seed000() {
        return Evidence.ct(102).node("ugreen")
                .config("hostname", "ugreen-ai-terminal").config("features", "nesting=1").config("onboot", "1")
                .config("mp0", "/root/proxmox-hardening-source,mp=/home/sleszugreen/projects/proxmox-hardening")
                .config("mp1", "/nvme2tb/lxc102scripts,mp=/mnt/lxc102scripts")
                .start("unable to get PID for CT 102 (not running?)", MONITOR, NO_PID);
    }

    @Test
    void should_name_missing_run_pve_and_tmpfiles_fix_for_seed_000() {
        StartupDiagnosis d = seed000().journal(
                "Dec 30 19:20:01 ugreen systemd[1]: Starting pve-container@102.service - PVE LXC Container: 102...",
                STDERR, STEP, STATUS,
                "Dec 30 19:20:01 ugreen systemd[1]: pve-container@102.service: Failed with result 'exit-code'.",
                "Dec 30 19:20:01 ugreen systemd[1]: Failed to start pve-container@102.service - PVE LXC Container: 102.")
                .diagnose();

        Finding root = d.findings().get(0);
        assertThat(root.id()).isEqualTo("run-pve-missing");
        assertThat(root.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(root.needsHost()).isTrue();
        assertThat(root.cause()).contains("StandardError=file:/run/pve/ct-%i.stderr", "tmpfs");
        assertThat(root.evidence()).containsExactly("journal: " + STDERR, "journal: " + STEP, "journal: " + STATUS);
        assertThat(root.fix())
                .contains("mkdir -p /run/pve && chmod 755 /run/pve && pct start 102")
                .contains("echo 'd /run/pve 0755 root root -' > /etc/tmpfiles.d/pve-run.conf"
                        + " && systemd-tmpfiles --create /etc/tmpfiles.d/pve-run.conf");
        assertThat(d.findings()).filteredOn(f -> f.severity() == Severity.CRITICAL).hasSize(1);
        assertThat(d.unknown()).isNull();
        assertThat(d.healthy()).isFalse();
    }

    @Test
    void should_mark_monitor_timeout_and_missing_pid_as_symptoms_of_run_pve_missing() {
        StartupDiagnosis d = seed000().journal(STDERR, STEP, STATUS).diagnose();

        assertThat(d.findings()).filteredOn(f -> f.id().equals("monitor-socket-timeout") || f.id().equals("ct-pid-unavailable"))
                .hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.title()).startsWith("Symptom of run-pve-missing: ");
                    assertThat(f.cause()).startsWith("Explained by finding run-pve-missing; not a separate root cause.");
                    assertThat(f.needsHost()).isFalse();
                });
        assertThat(d.findings()).extracting(Finding::id)
                .containsExactly("run-pve-missing", "host-bind-mounts", "monitor-socket-timeout", "ct-pid-unavailable");
    }

    @Test
    void should_quote_the_task_error_once_and_not_again_as_exit_status() {
        StartupDiagnosis d = seed000().journal(STDERR).diagnose();

        Finding pid = d.findings().stream().filter(f -> f.id().equals("ct-pid-unavailable")).findFirst().orElseThrow();
        assertThat(pid.evidence()).containsExactly("task log: " + NO_PID);
    }

    @Test
    void should_suspect_run_pve_and_ask_for_sys_syslog_when_journal_is_unreadable_for_seed_000() {
        String gap = "node journal: the token lacks Sys.Syslog on /nodes/ugreen";
        StartupDiagnosis d = seed000().gap(gap).diagnose();

        Finding first = d.findings().get(0);
        assertThat(first.id()).isEqualTo("run-pve-suspected");
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.cause()).contains("/run/pve", "pve-container@102", "Sys.Syslog on /nodes/ugreen", "Not confirmed");
        assertThat(first.evidence()).containsExactly("task log: " + MONITOR, "task log: " + NO_PID, "gap: " + gap);
        assertThat(first.fix()).contains("ls -ld /run/pve", "mkdir -p /run/pve && chmod 755 /run/pve && pct start 102");
        assertThat(d.findings()).extracting(Finding::id).doesNotContain("run-pve-missing");
        assertThat(d.findings()).filteredOn(f -> f.id().equals("monitor-socket-timeout"))
                .singleElement().satisfies(f -> assertThat(f.title()).startsWith("Probable symptom of run-pve-suspected: "));
        assertThat(d.unknown()).isNull();
        assertThat(d.gaps()).containsExactly(gap);
    }

    @Test
    void should_not_suspect_run_pve_when_the_journal_was_read_and_shows_no_stderr_failure() {
        StartupDiagnosis d = seed000()
                .journal("Dec 30 19:20:01 ugreen systemd[1]: pve-container@102.service: Main process exited, code=exited, status=1/FAILURE")
                .diagnose();

        assertThat(d.findings()).extracting(Finding::id).doesNotContain("run-pve-missing", "run-pve-suspected");
        assertThat(d.findings()).filteredOn(f -> f.id().equals("monitor-socket-timeout"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(d.unknown()).isNotNull();
        assertThat(d.unknown().source()).isEqualTo("journal");
        assertThat(d.unknown().step()).isEqualTo("systemd unit");
    }

    @Test
    void should_blame_raw_dev_fuse_mount_and_give_feature_fix_for_seed_001() {
        String safeMount = "safe_mount: 1334 No such device - Failed to mount \"/dev/fuse\" onto \"/usr/lib/x86_64-linux-gnu/lxc/rootfs/\"";
        String mountEntry = "mount_entry: 2202 No such device - Failed to mount \"/dev/fuse\" on \"/usr/lib/x86_64-linux-gnu/lxc/rootfs/\"";
        StartupDiagnosis d = Evidence.ct(902).node("phoenix")
                .config("hostname", "Template-Docker").config("features", "nesting=1")
                .raw("lxc.cgroup2.devices.allow", "c 10:229 rwm")
                .raw("lxc.mount.entry", "/dev/fuse dev/fuse none bind,create=file 0 0")
                .start("startup for container '902' failed", safeMount, mountEntry,
                        "lxc_setup: 3908 Failed to setup mount entries",
                        "do_start: 1273 Failed to setup container \"902\"",
                        "__lxc_start: 2107 Failed to initialize container \"902\"",
                        "TASK ERROR: startup for container '902' failed")
                .diagnose();

        Finding root = d.findings().get(0);
        assertThat(root.id()).isEqualTo("dev-fuse-mount-failed");
        assertThat(root.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(root.needsHost()).isTrue();
        assertThat(root.evidence()).containsExactly(
                "task log: " + safeMount,
                "task log: " + mountEntry,
                "task log: lxc_setup: 3908 Failed to setup mount entries",
                "task log: do_start: 1273 Failed to setup container \"902\"",
                "task log: TASK ERROR: startup for container '902' failed",
                "config: features: nesting=1",
                "config: lxc.cgroup2.devices.allow: c 10:229 rwm",
                "config: lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file 0 0");
        assertThat(root.fix()).contains("modprobe fuse", "/etc/modules-load.d/fuse.conf", "/etc/pve/lxc/902.conf",
                "lxc.cgroup2.devices.allow: c 10:229 rwm", "features: nesting=1,keyctl=1,fuse=1", "root@pam");
        assertThat(d.findings()).extracting(Finding::id)
                .doesNotContain("fuse-raw-mount", "docker-without-nesting", "start-failed");
        assertThat(d.unknown()).isNull();
    }
}
