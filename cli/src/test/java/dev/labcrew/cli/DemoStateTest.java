package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the demo's state stays the demo's; a PENDING result names the call that runs; exit codes say what happened. */
class DemoStateTest {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    @Test
    void should_keep_the_demo_queue_and_trail_apart_from_the_real_ones() {
        Cli queued = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=demo only", "--demo", "--approve", "queue");
        assertThat(queued.exitCode()).isEqualTo(Labcrew.PENDING);

        assertThat(Cli.run(env(), "approvals", "list").out()).doesNotContain("restart_lxc")
            .contains("No pending approvals.").contains("The demo lab's own queue holds 1 pending: labcrew approvals list --demo");
        assertThat(Cli.run(env(), "audit").out()).doesNotContain("restart_lxc");
        assertThat(Cli.run(env(), "approvals", "list", "--demo").out()).contains("restart_lxc");
        assertThat(Cli.run(env(), "audit", "--demo").out()).contains("PROPOSED restart_lxc").contains("lab=simulated:homelab-incidents");
        assertThat(home.resolve("state/labcrew/demo/labcrew.db")).exists();
    }

    @Test
    void should_filter_and_print_json() {
        Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");
        Cli.run(env(), "tools", "call", "stop_lxc", "vmid=101", "--demo", "--approve", "queue");

        assertThat(Cli.run(env(), "approvals", "list", "--demo", "--tool", "stop_lxc").out()).contains("stop_lxc").doesNotContain("restart_lxc");
        assertThat(Cli.run(env(), "approvals", "list", "--demo", "--target", "ct/200", "--json").out())
            .contains("\"tool\" : \"restart_lxc\"").doesNotContain("stop_lxc");
        assertThat(Cli.run(env(), "approvals", "list", "--demo", "--status", "denied").out()).contains("No approvals match");
        assertThat(Cli.run(env(), "audit", "--demo", "--status", "decided", "--tool", "stop_lxc").out().lines())
            .hasSize(1).allSatisfy(l -> assertThat(l).contains("DECIDED stop_lxc"));
        assertThat(Cli.run(env(), "audit", "--demo", "--since", "2099-01-01T00:00:00Z").out()).contains("No audit records match");
        Cli bad = Cli.run(env(), "audit", "--demo", "--since", "yesterday");
        assertThat(bad.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(bad.err()).contains("Not a duration: yesterday");
        assertThat(Cli.run(env(), "audit", "--since", "yesterday").exitCode()).as("refused on an empty trail too").isEqualTo(Labcrew.USAGE);
    }

    @Test
    void should_name_the_exact_call_and_run_it_with_approve_run() {
        Cli queued = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "node=pve1", "reason=OOM", "--demo", "--approve", "queue");
        assertThat(queued.out()).contains("again with exactly these arguments (a reason may differ): node=pve1 vmid=200");
        assertThat(queued.err()).contains("once approved, run: labcrew tools call restart_lxc node=pve1 vmid=200 --demo --approve queue");
        String id = approvalId(queued.out());

        Cli approved = Cli.run(env(), "approvals", "approve", id, "--reason", "go", "--run");

        assertThat(approved.exitCode()).as(approved.all()).isZero();
        assertThat(approved.out()).contains("Approved " + id).contains("DONE restart_lxc on ct/200@pve1");
        assertThat(approved.err()).contains("is in the demo lab's queue");
        assertThat(Cli.run(env(), "audit", "--demo", "--status", "finished").out()).contains("FINISHED restart_lxc");
        Cli again = Cli.run(env(), "approvals", "approve", id, "--demo", "--run");
        assertThat(again.exitCode()).isNotZero();
    }

    @Test
    void should_exit_2_for_a_bad_tool_argument_and_never_print_a_stack_trace() {
        Cli cli = Cli.run(env(), "tools", "call", "check_lxc_status", "vmid=abc", "--demo");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("must be integer").doesNotContain("Exception").doesNotContainPattern("(?m)^\\s+at ");
    }

    @Test
    void should_say_in_one_line_that_the_model_did_not_answer_and_fall_back_to_the_offline_crew() {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.putAll(Map.of("LABCREW_MODEL", "openai:gpt-4.1-mini", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "OPENAI_API_KEY", "x"));

        Cli triage = Cli.run(env, "triage", "--demo", "--approve", "never");
        Cli modelOnly = Cli.run(env, "triage", "--demo", "--approve", "never", "--model-only");

        assertThat(triage.exitCode()).isZero();
        assertThat(triage.all()).contains("the model openai:gpt-4.1-mini at http://127.0.0.1:9/v1 did not answer: connection refused")
            .contains("the offline crew triages instead").contains("INCIDENT REPORT")
            .doesNotContain("Exception").doesNotContainPattern("(?m)^\\s+at ");
        assertThat(modelOnly.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(modelOnly.out()).doesNotContain("INCIDENT REPORT");
    }

    @Test
    void should_exit_4_when_triage_leaves_a_fix_pending() {
        Cli triage = Cli.run(env(), "triage", "--demo", "--approve", "queue");

        assertThat(triage.exitCode()).as(triage.all()).isEqualTo(Labcrew.PENDING);
        assertThat(Files.exists(home.resolve("state/labcrew/labcrew.db"))).isFalse();
    }

    private static String approvalId(String out) {
        Matcher m = Pattern.compile("PENDING approval (\\w+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
