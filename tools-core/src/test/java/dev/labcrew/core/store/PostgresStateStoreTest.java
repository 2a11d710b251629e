package dev.labcrew.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.tool.DoorTools;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared store on a real PostgreSQL: the contract, plus the two roles that keep an agent from
 * approving its own change.
 */
class PostgresStateStoreTest extends StateStoreContract {
    private static PostgresServer server;
    private static Path key;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
        key = Files.createTempDirectory("labcrew-pg-key").resolve("audit.key");
        StateStore.postgres(server.url(), PostgresServer.OWNER, "", key).close();
        server.sql("CREATE ROLE bot LOGIN IN ROLE labcrew_agent", "CREATE ROLE alice LOGIN", "CREATE ROLE bob LOGIN");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        open().close();
        server.sql("GRANT labcrew_approver TO alice, bob",
            "TRUNCATE consumptions, decisions, approvals, audit_records, audit_head, store_meta, jobs, job_steps");
        // Each test starts a new store on purpose: this machine forgets the trail it saw before.
        Files.deleteIfExists(key.resolveSibling("audit.head"));
    }

    @Override
    StateStore open() {
        return StateStore.postgres(server.url(), PostgresServer.OWNER, "", key);
    }

    @Override
    StateStore approver(String who) {
        return as(who);
    }

    private StateStore as(String role) {
        return StateStore.postgres(server.url(), role, "", key);
    }

    @Override
    void tamper(String sql) throws SQLException {
        server.sql(sql);
    }

    @Override
    List<String> raceArguments() {
        return List.of("postgres", server.url(), PostgresServer.OWNER, key.toString());
    }

    @Test
    void should_let_the_agent_role_propose_and_record_but_never_decide() {
        try (StateStore agent = as("bot")) {
            PendingApproval entry = agent.submit(proposal(1), 1);
            agent.append(event(dev.labcrew.core.audit.AuditEventType.PROPOSED, "a1"));

            assertThatThrownBy(() -> agent.decide(entry.id(), yes("alice", entry))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("permission denied");
            assertThat(agent.find(entry.id()).orElseThrow().votes()).isEmpty();
            assertThat(agent.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void should_record_the_database_role_as_approver_whatever_name_is_given() {
        PendingApproval entry;
        try (StateStore agent = as("bot")) {
            entry = agent.submit(proposal(2), 2);
        }
        try (StateStore alice = as("alice"); StateStore bob = as("bob")) {
            alice.decide(entry.id(), yes("bob", entry));
            assertThatThrownBy(() -> alice.decide(entry.id(), yes("carol", entry))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("already decided");
            PendingApproval both = bob.decide(entry.id(), yes("alice", entry));
            assertThat(both.approvals()).extracting(v -> v.approver()).containsExactly("alice", "bob");
        }
        try (StateStore agent = as("bot")) {
            assertThat(agent.consume(entry.id())).isTrue();
            assertThat(agent.consume(entry.id())).isFalse();
        }
    }

    @Test
    void should_not_let_an_approver_role_mark_an_approval_used_or_write_the_trail() {
        try (StateStore agent = as("bot"); StateStore alice = as("alice")) {
            PendingApproval entry = agent.submit(proposal(3), 1);
            alice.decide(entry.id(), yes("alice", entry));

            assertThatThrownBy(() -> alice.consume(entry.id())).isInstanceOf(LabcrewException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> alice.append(event(dev.labcrew.core.audit.AuditEventType.STARTED, "x")))
                .isInstanceOf(LabcrewException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void should_not_let_the_agent_role_re_arm_a_used_approval() throws Exception {
        PendingApproval entry;
        try (StateStore agent = as("bot"); StateStore alice = as("alice")) {
            entry = agent.submit(proposal(4), 1);
            alice.decide(entry.id(), yes("alice", entry));
            assertThat(agent.consume(entry.id())).isTrue();
        }

        assertThatThrownBy(() -> server.sqlAs("bot", "DELETE FROM consumptions")).isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> server.sqlAs("bot", "UPDATE consumptions SET approval_id = 'x'")).isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        try (StateStore agent = as("bot")) {
            assertThat(agent.consume(entry.id())).isFalse();
            assertThat(agent.find(entry.id()).orElseThrow().status()).isEqualTo(PendingApproval.Status.USED);
        }
    }

    @Test
    void should_let_the_agent_role_append_to_a_job_journal_but_never_rewrite_it() throws Exception {
        try (StateStore agent = as("bot")) {
            agent.jobs().create(new dev.labcrew.core.job.Job("j9", "provision_lxc", "ct/120@pve2", "h", "a", Map.of(),
                dev.labcrew.core.job.JobState.RUNNING, null, null, ""));
            agent.jobs().append("j9", "restore", dev.labcrew.core.job.StepPhase.DONE, "", "");
            agent.jobs().update("j9", dev.labcrew.core.job.JobState.SUCCEEDED, "done");
        }
        assertThatThrownBy(() -> server.sqlAs("bot", "DELETE FROM job_steps")).isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> server.sqlAs("bot", "UPDATE job_steps SET phase = 'INTENT'")).isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> server.sqlAs("bot", "UPDATE jobs SET proposal_hash = 'x'")).isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> server.sqlAs("alice", "INSERT INTO job_steps VALUES ('j9', 9, 's', 'DONE', '', '', 'x')"))
            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        try (StateStore alice = as("alice")) {
            assertThat(alice.jobs().steps("j9")).hasSize(1);
        }
    }

    @Test
    void should_date_a_decision_by_the_server_clock_whatever_the_approver_sends() throws Exception {
        PendingApproval entry;
        try (StateStore agent = as("bot")) {
            entry = agent.submit(proposal(5), 1);
        }
        Instant before = Instant.now().minusSeconds(60);
        try (StateStore alice = as("alice")) {
            alice.decide(entry.id(), Vote.of("alice", "queue", true, "", Instant.parse("2099-01-01T00:00:00Z"), entry.proposal().hash()));
        }
        assertThatThrownBy(() -> server.sqlAs("bob", "INSERT INTO decisions (approval_id, proposal_hash, verdict, channel, reason,"
            + " decided_at) VALUES ('" + entry.id() + "', '" + entry.proposal().hash() + "', 'APPROVED', 'queue', '', '2099-01-01')"))
            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");

        try (StateStore agent = as("bot")) {
            Vote vote = agent.find(entry.id()).orElseThrow().votes().get(0);
            assertThat(vote.at()).isBetween(before, Instant.now().plusSeconds(60));
        }
    }

    @Test
    void should_tell_an_agent_machine_that_its_terminal_answer_was_not_recorded() {
        DoorTools lab = new DoorTools();
        try (StateStore agent = as("bot")) {
            ToolRuntime runtime = ToolRuntime.builder().catalog(ToolCatalog.of(lab)).action("open_door", lab.openDoorAction())
                .store(agent).gate(proposal -> Decision.approved(proposal, "carol", "", "", null)).build();

            ToolResult result = runtime.call("open_door", Map.of("door", 1));

            assertThat(result.outcome()).as(result.text()).isEqualTo(ToolResult.Outcome.PENDING);
            assertThat(result.text()).contains("was not recorded").contains("labcrew_approver").doesNotContain("already");
            assertThat(lab.performedCount()).isZero();
        }
    }

    @Test
    void should_reconnect_when_the_server_dropped_the_connection() throws Exception {
        try (StateStore agent = as("bot")) {
            agent.submit(proposal(7), 1);
            server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'bot'");

            PendingApproval next = agent.submit(proposal(8), 1);

            assertThat(agent.find(next.id())).isPresent();
        }
    }
}
