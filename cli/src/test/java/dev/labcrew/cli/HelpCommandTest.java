package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A newcomer's first minutes: every command answers --help with its options, and a tool explains itself. */
class HelpCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"sim", "triage", "doctor", "chat", "mcp", "tools", "tools list", "tools call", "approvals",
        "approvals list", "approvals show", "approvals approve", "approvals deny", "approvals serve", "approvals wait", "approvers", "approvers add", "approvers list", "approvers remove",
        "notify", "notify test", "audit", "audit verify"})
    void should_answer_help_on_every_command(String command) {
        String[] words = (command + " --help").split(" ");

        Cli cli = Cli.run(words);

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("Usage: labcrew " + command).doesNotContain("Unknown option");
    }

    @Test
    void should_answer_help_command_for_a_command() {
        Cli cli = Cli.run("help", "triage");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: labcrew triage").contains("--approve");
    }

    @Test
    void should_explain_one_tool_with_its_parameters_risk_and_an_example() {
        Cli cli = Cli.run("tools", "call", "restart_lxc", "--help");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("MUTATING").contains("vmid").contains("labcrew tools call restart_lxc vmid=200 --demo --dry-run");
    }

    @Test
    void should_name_an_unknown_tool_in_one_line() {
        Cli cli = Cli.run("tools", "call", "restart_lcx", "--help");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("No tool named 'restart_lcx'").contains("labcrew tools list").doesNotContain("Exception");
    }
}
