package dev.labcrew.proxmox.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownFailureTest {

    @Test
    void should_return_exact_first_failing_line_and_step_without_guessing_a_cause() {
        String first = "netdev_configure_server_veth: 711 Operation not permitted - Failed to create veth pair "
                + "\"veth130i0\" and \"vethQ2lX1c\"";
        StartupDiagnosis d = Evidence.ct(130).start("startup for container '130' failed",
                first,
                "lxc_create_network_priv: 3427 Operation not permitted - Failed to create network device",
                "lxc_spawn: 1840 Failed to create the network",
                "__lxc_start: 2107 Failed to spawn container \"130\"",
                "TASK ERROR: startup for container '130' failed").diagnose();

        assertThat(d.unknown()).isEqualTo(new UnknownFailure(first, "netdev_configure_server_veth", "task log"));
        assertThat(d.findings()).extracting(Finding::id).containsExactly("start-failed");
        assertThat(d.findings().get(0).cause()).contains("does not say why");
    }

    @Test
    void should_take_the_step_from_a_full_lxc_start_prefix() {
        String line = "lxc-start: 131: ../src/lxc/cgroups/cgfsng.c: cgfsng_setup_limits: 3107 Invalid argument - "
                + "Failed to setup limits for the \"devices\" controller";
        StartupDiagnosis d = Evidence.ct(131).start("startup for container '131' failed", line,
                "TASK ERROR: startup for container '131' failed").diagnose();

        assertThat(d.unknown()).isEqualTo(new UnknownFailure(line, "cgfsng_setup_limits", "task log"));
    }

    @Test
    void should_fall_back_to_the_journal_line_labelled_systemd_unit() {
        String line = "Nov 24 19:40:01 pve1 (lxc-start)[9001]: pve-container@140.service: "
                + "Failed to determine user credentials: No such process";
        StartupDiagnosis d = Evidence.ct(140).start("unexpected status", "TASK ERROR: unexpected status")
                .journal("Nov 24 19:40:01 pve1 systemd[1]: Starting pve-container@140.service - PVE LXC Container: 140...", line)
                .diagnose();

        assertThat(d.unknown()).isEqualTo(new UnknownFailure(line, "systemd unit", "journal"));
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void should_fall_back_to_the_task_error_line() {
        StartupDiagnosis d = Evidence.ct(141).start("something nobody has seen", "TASK ERROR: something nobody has seen")
                .diagnose();

        assertThat(d.unknown()).isEqualTo(new UnknownFailure("TASK ERROR: something nobody has seen", "vzstart task", "task log"));
    }

    @Test
    void should_name_the_pre_start_hook_step() {
        assertThat(FailureLocator.step("lxc_init: 844 Failed to run lxc.hook.pre-start for container \"112\"", "x"))
                .isEqualTo("pre-start hook");
        assertThat(FailureLocator.step("Nov 24 19:40:01 pve1 systemd[1]: pve-container@1.service: Failed", "systemd unit"))
                .isEqualTo("systemd unit");
    }

    @Test
    void should_report_no_unknown_failure_for_successful_or_running_starts() {
        assertThat(Evidence.ct(142).start("OK").diagnose().unknown()).isNull();
        assertThat(Evidence.ct(142).start("WARNINGS: 2").diagnose().unknown()).isNull();
        assertThat(Evidence.ct(142).start(null, "starting").diagnose().unknown()).isNull();
        assertThat(Evidence.ct(142).diagnose().unknown()).isNull();
    }
}
