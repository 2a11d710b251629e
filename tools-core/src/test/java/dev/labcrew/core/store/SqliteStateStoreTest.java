package dev.labcrew.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.approval.PendingApproval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: the contract, plus what only a file on one machine needs. */
class SqliteStateStoreTest extends StateStoreContract {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("state/labcrew/labcrew.db");
    }

    private Path key() {
        return dir.resolve("config/labcrew/audit.key");
    }

    @Override
    StateStore open() {
        return StateStore.sqlite(db(), key());
    }

    @Override
    StateStore approver(String who) {
        return open();
    }

    @Override
    void tamper(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Override
    List<String> raceArguments() {
        return List.of("sqlite", db().toString(), key().toString());
    }

    @Test
    void should_create_the_database_readable_by_its_owner_only() throws Exception {
        open().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db()))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("rw-r--r--"));
        open().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db()))).isEqualTo("rw-------");
    }

    @Test
    void should_not_count_a_decision_row_written_without_the_key() throws SQLException {
        try (StateStore store = open()) {
            PendingApproval entry = store.submit(proposal(1), 1);
            tamper("INSERT INTO decisions (approval_id, proposal_hash, verdict, approver, channel, reason, decided_at, mac) VALUES ('"
                + entry.id() + "', '" + entry.proposal().hash() + "', 'APPROVED', 'mallory', 'queue', '', '2026-12-05T10:00:00Z', 'ab')");
            PendingApproval read = store.find(entry.id()).orElseThrow();
            assertThat(read.approvals()).isEmpty();
            assertThat(read.forged()).singleElement().extracting(v -> v.approver()).isEqualTo("mallory");
        }
    }

    @Test
    void should_not_count_a_decision_whose_approver_was_edited() throws SQLException {
        try (StateStore store = open()) {
            PendingApproval entry = store.submit(proposal(1), 2);
            store.decide(entry.id(), yes("alice", entry));
            tamper("UPDATE decisions SET approver = 'bob'");
            assertThat(store.find(entry.id()).orElseThrow().approvals()).isEmpty();
        }
    }

    @Test
    void should_import_the_files_of_earlier_versions_once_and_leave_them_untouched() throws Exception {
        Path oldQueue = dir.resolve("approvals.json");
        Path oldTrail = dir.resolve("audit.jsonl");
        String queue = "[{\"id\":\"1a2b3c4d\",\"status\":\"PENDING\",\"approvers\":[],\"proposal\":"
            + ProposalJson.write(proposal(7)) + "},{\"id\":\"99999999\",\"status\":\"APPROVED\",\"approvers\":[\"mallory\"],"
            + "\"proposal\":" + ProposalJson.write(proposal(8)) + "}]";
        Files.writeString(oldQueue, queue);
        List<String> legacy;
        try (StateStore other = StateStore.sqlite(dir.resolve("old.db"), key())) {
            other.append(event(dev.labcrew.core.audit.AuditEventType.PROPOSED, "old1"));
            other.append(event(dev.labcrew.core.audit.AuditEventType.DECIDED, "old1"));
            legacy = other.auditTrail().stream().map(r -> "").toList();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old.db"));
             var rs = c.createStatement().executeQuery("SELECT line FROM audit_records ORDER BY seq")) {
            StringBuilder text = new StringBuilder();
            while (rs.next()) {
                text.append(rs.getString(1)).append('\n');
            }
            Files.writeString(oldTrail, text);
        }
        String trail = Files.readString(oldTrail);

        try (StateStore store = open()) {
            List<String> report = store.importLegacy(oldQueue, oldTrail);
            assertThat(report).anyMatch(l -> l.contains("imported 2 audit records")).anyMatch(l -> l.contains("imported 1 pending"))
                .anyMatch(l -> l.contains("left out 1"));
            assertThat(store.list()).singleElement().satisfies(a -> assertThat(a.proposal().hash()).isEqualTo(proposal(7).hash()));
            assertThat(store.auditTrail()).hasSize(legacy.size());
            assertThat(store.verifyAudit().intact()).isTrue();
            assertThat(store.importLegacy(oldQueue, oldTrail)).isEmpty();
            assertThat(store.append(event(dev.labcrew.core.audit.AuditEventType.STARTED, "new")).seq()).isEqualTo(3);
            assertThat(store.verifyAudit().intact()).isTrue();
        }
        assertThat(Files.readString(oldQueue)).isEqualTo(queue);
        assertThat(Files.readString(oldTrail)).isEqualTo(trail);
    }
}
