package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labcrew approvals wait ID}: blocks until decided, with the queue's expiry per risk as its limit. */
class ApprovalsWaitTest {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private String queue(Map<String, String> env) {
        return PageFixture.pendingId(Cli.run(env, "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue"));
    }

    @Test
    void should_block_until_a_human_approves() throws Exception {
        String id = queue(env());
        CompletableFuture<Cli> waiting = CompletableFuture.supplyAsync(() -> Cli.run(env(), "approvals", "wait", id, "--poll", "1s"));
        Thread.sleep(1500);
        assertThat(waiting).isNotDone();

        Cli.run(env(), "approvals", "approve", id);

        Cli waited = waiting.get(30, TimeUnit.SECONDS);
        assertThat(waited.exitCode()).as(waited.all()).isZero();
        assertThat(waited.out()).contains("Approved " + id).contains("repeat the call");
    }

    @Test
    void should_return_the_denial_reason() {
        String id = queue(env());
        Cli.run(env(), "approvals", "deny", id, "--reason", "backup running");
        Cli waited = Cli.run(env(), "approvals", "wait", id);
        assertThat(waited.exitCode()).isEqualTo(Labcrew.DENIED);
        assertThat(waited.out()).contains("backup running");
    }

    @Test
    void should_give_up_at_the_timeout_or_the_risk_s_queue_expiry() {
        String id = queue(env());
        Cli timedOut = Cli.run(env(), "approvals", "wait", id, "--timeout", "1s", "--poll", "1s");
        assertThat(timedOut.exitCode()).isEqualTo(Labcrew.PENDING);
        assertThat(timedOut.out()).contains("Still pending " + id);

        Map<String, String> shortQueue = new HashMap<>(env());
        shortQueue.put("LABCREW_QUEUE_EXPIRY_MUTATING", "1s");
        long started = System.nanoTime();
        assertThat(Cli.run(shortQueue, "approvals", "wait", id).exitCode()).isEqualTo(Labcrew.PENDING);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(20);
    }
}
