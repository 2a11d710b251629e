package dev.labcrew.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
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
    void emptyDatabase() throws SQLException {
        open().close();
        server.sql("GRANT labcrew_approver TO alice, bob",
            "TRUNCATE decisions, approvals, audit_records, audit_head, store_meta");
    }

    @Override
    StateStore open() {
        return StateStore.postgres(server.url(), PostgresServer.OWNER, "", key);
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
}
