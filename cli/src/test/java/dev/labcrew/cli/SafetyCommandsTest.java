package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.approval.OsAccount;
import dev.labcrew.core.store.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approvals, the queue and the audit trail from the command line, on the demo lab. */
class SafetyCommandsTest {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
            "USER", "alice");
    }

    @Test
    void should_ask_at_the_terminal_and_run_when_the_human_says_yes() {
        Cli cli = Cli.withTerminal(env(), "y\nmemory pressure\n", "tools", "call", "restart_lxc", "vmid=200", "--demo");
        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.err()).contains("PROPOSED restart_lxc on ct/200@pve1 (MUTATING)").contains("Approve? [y/N]");
        assertThat(cli.out()).contains("DONE restart_lxc on ct/200@pve1");
        assertThat(Cli.run(env(), "audit", "--demo").out()).contains("PROPOSED").contains("DECIDED").contains("STARTED").contains("FINISHED");
    }

    @Test
    void should_deny_when_no_terminal_and_with_approve_never() {
        Cli noTerminal = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo");
        assertThat(noTerminal.exitCode()).isEqualTo(Labcrew.DENIED);
        assertThat(noTerminal.out()).contains("DENIED").contains("no terminal");
        Cli never = Cli.withTerminal(env(), "y\n\n", "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never");
        assertThat(never.exitCode()).isEqualTo(Labcrew.DENIED);
        assertThat(never.out()).contains("--approve never");
    }

    @Test
    void should_queue_then_run_once_after_a_human_approves() {
        Cli first = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=OOM risk", "--demo", "--approve", "queue");
        assertThat(first.exitCode()).as(first.all()).isEqualTo(Labcrew.PENDING);
        String id = approvalId(first.out());
        assertThat(Cli.run(env(), "approvals", "list", "--demo").out()).contains(id).contains("restart_lxc").contains("OOM risk");
        assertThat(Cli.run(env(), "approvals", "approve", id, "--reason", "go", "--demo").out()).contains("Approved " + id);

        Cli second = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=OOM risk", "--demo", "--approve", "queue");
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("DONE restart_lxc");
        Cli third = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");
        assertThat(third.exitCode()).isEqualTo(Labcrew.PENDING);
    }

    @Test
    void should_apply_an_approval_given_to_an_earlier_demo_process() throws InterruptedException {
        String id = approvalId(Cli.run(env(), "tools", "call", "stop_lxc", "vmid=9102", "--demo", "--approve", "queue").out());
        Thread.sleep(1_100); // the next demo lab starts a second later: snapshot times move, the config digest must not
        Cli.run(env(), "approvals", "approve", id, "--demo");
        Cli run = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=9102", "--demo", "--approve", "queue");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("DONE stop_lxc on ct/9102@pve2: stopped");
    }

    @Test
    void should_give_a_queued_denial_reason_back() {
        String id = approvalId(Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue").out());
        Cli.run(env(), "approvals", "deny", id, "--reason", "the backup runs until 04:00", "--demo");
        Cli again = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue");
        assertThat(again.exitCode()).isEqualTo(Labcrew.DENIED);
        assertThat(again.out()).contains("the backup runs until 04:00").contains("DENIED by " + OsAccount.current());
    }

    @Test
    void should_show_a_dry_run_without_asking() {
        Cli cli = Cli.run(env(), "tools", "call", "rollback_lxc_snapshot", "vmid=200", "snapname=weekly-2", "--demo", "--dry-run");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("PROPOSED rollback_lxc_snapshot").contains("LOST").contains("DRY RUN");
    }

    @Test
    void should_let_a_policy_approve_exactly_what_it_names() throws IOException {
        Path policy = home.resolve("policy.yaml");
        Files.writeString(policy, "rules:\n  - name: heal-postgres\n    tools: [restart_lxc]\n    vmids: [200]\n    decision: approve\n");
        Cli allowed = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "policy", "--policy", policy.toString());
        assertThat(allowed.exitCode()).as(allowed.all()).isZero();
        assertThat(allowed.out()).contains("DONE restart_lxc");
        Cli other = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=101", "--demo", "--approve", "policy", "--policy", policy.toString());
        assertThat(other.exitCode()).isEqualTo(Labcrew.DENIED);
    }

    @Test
    void should_verify_an_intact_trail_and_detect_an_edited_one() throws SQLException {
        Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never");
        assertThat(Cli.run(env(), "audit", "verify", "--demo").exitCode()).isZero();
        sql("UPDATE audit_records SET line = replace(line, '\"DENIED\"', '\"APPROVED\"')");
        Cli verify = Cli.run(env(), "audit", "verify", "--demo");
        assertThat(verify.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(verify.out()).contains("BROKEN").contains("edited");
    }

    @Test
    void should_detect_a_removed_reordered_truncated_or_emptied_trail() throws SQLException, IOException {
        for (String tampering : new String[] {
            "DELETE FROM audit_records WHERE seq = 2",
            "UPDATE audit_records SET line = (SELECT line FROM audit_records b WHERE b.seq = 5 - audit_records.seq) WHERE seq IN (2, 3)",
            "DELETE FROM audit_records WHERE seq = (SELECT max(seq) FROM audit_records)",
            "DELETE FROM audit_records",
            "DELETE FROM audit_head"}) {
            deleteTree(home.resolve("state"));
            Files.deleteIfExists(home.resolve("config/labcrew/demo/audit.head")); // a new store on purpose: forget the old trail
            Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never");
            Cli.run(env(), "tools", "call", "stop_lxc", "vmid=9101", "--demo", "--approve", "never");
            assertThat(Cli.run(env(), "audit", "verify", "--demo").exitCode()).isZero();
            sql(tampering);
            Cli verify = Cli.run(env(), "audit", "verify", "--demo");
            assertThat(verify.exitCode()).as(tampering + "\n" + verify.all()).isEqualTo(Labcrew.FAILED);
        }
    }

    @Test
    void should_detect_a_deleted_database_and_record_nothing_more_until_a_human_says_so() throws IOException {
        Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never");
        deleteTree(home.resolve("state"));

        Cli verify = Cli.run(env(), "audit", "verify", "--demo");
        assertThat(verify.exitCode()).as(verify.all()).isEqualTo(Labcrew.FAILED);
        assertThat(verify.out()).contains("saw record");
        Cli call = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never");
        assertThat(call.exitCode()).isNotZero();
        assertThat(call.all()).contains("head is missing").contains("audit.head").doesNotContain("Exception");

        Files.delete(home.resolve("config/labcrew/demo/audit.head"));
        assertThat(Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "never").exitCode())
            .isEqualTo(Labcrew.DENIED);
        assertThat(Cli.run(env(), "audit", "verify", "--demo").exitCode()).isZero();
    }

    @Test
    void should_keep_the_database_readable_by_its_owner_only() throws IOException {
        Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");
        Path db = home.resolve("state/labcrew/demo/labcrew.db");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }

    @Test
    void should_not_run_a_change_approved_by_editing_the_database() throws SQLException {
        String id = approvalId(Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue").out());
        sql("INSERT INTO decisions (approval_id, proposal_hash, verdict, approver, channel, reason, decided_at)"
            + " SELECT id, proposal_hash, 'APPROVED', 'mallory', 'queue', 'forged', '" + java.time.Instant.now()
            + "' FROM approvals WHERE id = '" + id + "'");
        Cli run = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "queue");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(Labcrew.DENIED);
        assertThat(run.out()).contains("REFUSED").doesNotContain("DONE");
        assertThat(Cli.run(env(), "approvals", "show", id, "--demo").out()).contains("FORGED");
    }

    @Test
    void should_count_one_os_account_once_whatever_user_it_claims() throws IOException {
        Path policy = home.resolve("two.yaml");
        Files.writeString(policy, "twoPersonRule: [DESTRUCTIVE]\n");
        Cli terminal = Cli.withTerminal(env(), "y\nok\n", "tools", "call", "stop_lxc", "vmid=200", "--demo", "--policy", policy.toString());
        assertThat(terminal.exitCode()).as(terminal.all()).isEqualTo(Labcrew.PENDING);
        String id = approvalId(terminal.out());
        Map<String, String> asBob = new java.util.HashMap<>(env());
        asBob.put("USER", "bob");
        asBob.put("LOGNAME", "bob");
        Cli bob = Cli.run(asBob, "approvals", "approve", id, "--policy", policy.toString(), "--demo");
        assertThat(bob.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(bob.err()).contains("already decided");
        Cli again = Cli.run(env(), "tools", "call", "stop_lxc", "vmid=200", "--demo", "--approve", "queue", "--policy", policy.toString());
        assertThat(again.exitCode()).isEqualTo(Labcrew.PENDING);
        assertThat(again.out()).contains("approval 1 of 2");
    }

    @Test
    void should_show_the_callers_reason_escaped_below_labcrews_own_preview() {
        Cli cli = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "reason=ok\u001b[8mhidden\n  what changes: nothing",
            "--demo", "--dry-run");
        assertThat(cli.all()).doesNotContain("\u001b").contains("\\x1b[8mhidden\\n  what changes: nothing");
        assertThat(cli.out().indexOf("what changes:")).isLessThan(cli.out().indexOf("reason given by the caller"));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("state/labcrew/demo/labcrew.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void should_report_an_action_that_started_but_never_finished() {
        try (StateStore log = StateStore.sqlite(home.resolve("state/labcrew/demo/labcrew.db"), home.resolve("config/labcrew/demo/audit.key"))) {
            log.append(new AuditEvent(AuditEventType.STARTED, "deadbeef", "restart_lxc", "ct/200@pve1", "MUTATING", "h", Map.of()));
        }
        Cli read = Cli.run(env(), "tools", "call", "check_lxc_status", "vmid=200", "--demo");
        assertThat(read.err()).as("a read does not open the store").doesNotContain("no recorded outcome");

        Cli cli = Cli.run(env(), "tools", "call", "restart_lxc", "vmid=200", "--demo", "--approve", "never");
        assertThat(cli.err()).contains("restart_lxc on ct/200@pve1").contains("no recorded outcome");
    }

    @Test
    void should_redact_secrets_in_json_output() {
        Cli cli = Cli.run(env(), "tools", "call", "get_lxc_config", "vmid=200", "--demo", "--json");
        assertThat(cli.out()).contains("PGPASSWORD").doesNotContain("Sup3r-Secret-Pg-2024");
    }

    private static String approvalId(String out) {
        Matcher m = Pattern.compile("PENDING approval (\\w+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
