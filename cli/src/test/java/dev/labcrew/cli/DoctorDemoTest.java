package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoctorDemoTest {
    @Test
    void should_pass_on_the_demo_lab_and_check_every_tool() {
        Cli cli = Cli.run("doctor", "--demo");
        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("troubleshoot_lxc_startup").contains("list_lxc_containers").contains("RESULT ok");
    }
}
