package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labcrew jobs} on the demo lab: the journal of a provisioning, and what the commands refuse. */
class JobsCommandTest {
    private static final String GOLDEN = "archive=local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst";

    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    @Test
    void should_list_and_show_the_job_of_a_provisioning_on_the_demo_lab() throws Exception {
        Path policy = home.resolve("policy.yaml");
        Files.writeString(policy, "rules:\n  - name: provision\n    tools: [provision_lxc]\n    decision: approve\ndefault: deny\n");
        assertThat(Cli.run(env(), "jobs", "list").out()).isEqualTo("No jobs.\n");

        Cli done = Cli.run(env(), "tools", "call", "provision_lxc", GOLDEN, "hostname=web1", "--demo", "--approve", "policy",
            "--policy", policy.toString());
        Cli list = Cli.run(env(), "jobs", "list");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        Cli show = Cli.run(env(), "jobs", "show", id, "--demo");
        Cli again = Cli.run(env(), "jobs", "resume", id);
        Cli abort = Cli.run(env(), "jobs", "abort", id);

        assertThat(done.exitCode()).as(done.all()).isZero();
        assertThat(done.err()).contains("[1/4] restore ...", "[2/4] identity: MAC BC:24:11:63:43:F4 -> BC:24:11:");
        assertThat(list.out()).contains("SUCCEEDED", "provision_lxc", "web1");
        assertThat(list.err()).contains("using the built-in demo lab");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("job " + id + " SUCCEEDED", "restore DONE", "identity DONE", "verify DONE", "ssh-keygen -A");
        assertThat(again.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(again.err()).contains("is SUCCEEDED: nothing to resume").contains("hint: see it with 'labcrew jobs show " + id + "'");
        assertThat(abort.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(Cli.run(env(), "audit", "verify").exitCode()).isZero();
    }

    @Test
    void should_say_in_one_line_what_is_wrong_and_use_exit_code_2_for_usage() {
        Cli unknown = Cli.run(env(), "jobs", "show", "nope");
        Cli missing = Cli.run(env(), "jobs", "resume");
        Cli help = Cli.run(env(), "jobs", "--help");

        assertThat(unknown.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(unknown.err()).contains("No job nope").contains("hint: list them with 'labcrew jobs list'");
        assertThat(missing.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(help.out()).contains("resume", "abort", "kill -9");
    }
}
