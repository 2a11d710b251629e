package dev.labcrew.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link StateStore} must do, proven the same way for SQLite and PostgreSQL (the
 * docker-java TCK habit): each implementation's test extends this and says how to open another
 * connection to the same store and how an owner with database access would tamper with it.
 */
abstract class StateStoreContract {
    static final int ROUNDS = 200;

    /** A new store object (its own connection) on the same database. */
    abstract StateStore open();

    /** A store as the person {@code who} (alice or bob) reaches it to decide: on PostgreSQL, logged in as their role. */
    abstract StateStore approver(String who);

    /** Runs SQL with the database owner's rights: what someone editing the store behind Labcrew's back can do. */
    abstract void tamper(String sql) throws SQLException;

    /** The arguments {@link ConsumeRace} needs to open this store in another JVM. */
    abstract List<String> raceArguments();

    static ActionProposal proposal(int door) {
        return new ActionProposal("open_door", Map.of("door", door), "door/" + door, Risk.MUTATING, "air", List.of("closed -> open"),
            "close it", Map.of("state", "closed"), Instant.parse("2026-12-05T10:00:00Z"));
    }

    static Vote yes(String who, PendingApproval entry) {
        return Vote.of(who, "queue", true, "ok", Instant.now(), entry.proposal().hash());
    }

    static AuditEvent event(AuditEventType type, String actionId) {
        return new AuditEvent(type, actionId, "open_door", "door/1", "MUTATING", "ab12", Map.of("reason", "air", "n", 1));
    }

    @Test
    void should_queue_a_proposal_once_and_read_it_back_bound_to_its_hash() {
        try (StateStore store = open()) {
            PendingApproval first = store.submit(proposal(1), 1);
            PendingApproval again = store.submit(proposal(1), 1);

            assertThat(again.id()).isEqualTo(first.id());
            PendingApproval read = store.find(first.id()).orElseThrow();
            assertThat(read.proposal().hash()).isEqualTo(proposal(1).hash());
            assertThat(read.status()).isEqualTo(PendingApproval.Status.PENDING);
            assertThat(store.openFor(proposal(1).requestHash())).get().extracting(PendingApproval::id).isEqualTo(first.id());
            assertThat(store.list()).extracting(PendingApproval::id).contains(first.id());
            assertThat(store.find("nope")).isEmpty();
        }
    }

    @Test
    void should_refuse_a_second_decision_by_the_same_approver_and_any_on_a_used_entry() {
        try (StateStore store = open()) {
            PendingApproval entry = store.submit(proposal(2), 2);
            PendingApproval decided = store.decide(entry.id(), yes("alice", entry));
            assertThat(decided.approvals()).hasSize(1);

            assertThatThrownBy(() -> store.decide(entry.id(), yes("alice", entry))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("already decided");
            store.close(entry.id(), "test");
            assertThatThrownBy(() -> store.decide(entry.id(), yes("zed", entry))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("closed");
            assertThatThrownBy(() -> store.decide("nope", yes("alice", entry))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("No approval with id nope");
        }
    }

    @Test
    void should_not_consume_a_denied_entry() {
        try (StateStore store = open()) {
            PendingApproval entry = store.submit(proposal(3), 1);
            store.decide(entry.id(), Vote.of("carol", "queue", false, "no", Instant.now(), entry.proposal().hash()));

            assertThat(store.consume(entry.id())).isFalse();
            assertThat(store.find(entry.id()).orElseThrow().status()).isEqualTo(PendingApproval.Status.DENIED);
        }
    }

    @Test
    void should_consume_each_approval_once_when_two_connections_race() throws Exception {
        List<String> ids = approvedEntries(ROUNDS, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (StateStore a = open(); StateStore b = open()) {
            int doubles = 0;
            int runs = 0;
            for (String id : ids) {
                CountDownLatch go = new CountDownLatch(1);
                Callable<Boolean> ta = () -> { go.await(); return a.consume(id); };
                Callable<Boolean> tb = () -> { go.await(); return b.consume(id); };
                Future<Boolean> fa = pool.submit(ta);
                Future<Boolean> fb = pool.submit(tb);
                go.countDown();
                int won = (fa.get() ? 1 : 0) + (fb.get() ? 1 : 0);
                doubles += won > 1 ? 1 : 0;
                runs += won;
            }
            assertThat(doubles).isZero();
            assertThat(runs).isEqualTo(ROUNDS);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_consume_each_approval_once_when_two_processes_race() throws Exception {
        List<String> ids = approvedEntries(ROUNDS, 5000);
        Path list = Files.createTempFile("labcrew-race", ".ids");
        Files.write(list, ids);
        try {
            List<Process> racers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    ConsumeRace.class.getName(), list.toString()));
                command.addAll(raceArguments());
                racers.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            Map<String, Integer> won = new HashMap<>();
            for (Process racer : racers) {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(racer.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().filter(l -> l.startsWith("USED ")).forEach(l -> won.merge(l.substring(5), 1, Integer::sum));
                }
                assertThat(racer.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(racer.exitValue()).isZero();
            }
            assertThat(won.values()).as("approvals consumed by both processes").allMatch(n -> n == 1);
            assertThat(won).hasSize(ROUNDS);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    @Test
    void should_chain_audit_records_from_two_connections_without_forking() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (StateStore a = open(); StateStore b = open()) {
            List<Future<?>> writers = new ArrayList<>();
            for (StateStore store : List.of(a, b, a, b)) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.append(event(AuditEventType.PROPOSED, "w" + i));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            assertThat(a.verifyAudit().problems()).isEmpty();
            assertThat(b.auditTrail()).extracting(AuditRecord::seq).doesNotHaveDuplicates().hasSize(100)
                .isSorted().startsWith(1L).endsWith(100L);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_give_each_of_many_threads_on_one_store_its_own_record_in_its_own_order() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (StateStore store = open()) {
            List<Future<List<AuditRecord>>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String thread = "t" + t;
                writers.add(pool.submit(() -> {
                    List<AuditRecord> mine = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        AuditEvent event = event(AuditEventType.PROPOSED, thread + "-" + i);
                        AuditRecord record = store.append(event);
                        assertThat(record.event()).isEqualTo(event);
                        mine.add(record);
                    }
                    return mine;
                }));
            }
            for (Future<List<AuditRecord>> writer : writers) {
                assertThat(writer.get()).extracting(AuditRecord::seq).isSorted().doesNotHaveDuplicates();
            }
            assertThat(store.verifyAudit().problems()).isEmpty();
            assertThat(store.auditTrail()).extracting(AuditRecord::seq).hasSize(160).startsWith(1L).endsWith(160L)
                .doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "edited:UPDATE audit_records SET line = replace(line, '\"DENIED\"', '\"APPROVED\"') WHERE seq = 2",
        "removed:DELETE FROM audit_records WHERE seq = 2",
        "reordered:UPDATE audit_records SET seq = -seq WHERE seq IN (2, 3);UPDATE audit_records SET seq = 5 + seq WHERE seq IN (-2, -3)",
        "truncated:DELETE FROM audit_records WHERE seq >= 4",
        "emptied:DELETE FROM audit_records",
        "head removed:DELETE FROM audit_head",
        "head moved back:UPDATE audit_head SET seq = 3"})
    void should_detect_a_tampered_trail(String tampering) throws SQLException {
        try (StateStore store = open()) {
            store.append(event(AuditEventType.PROPOSED, "a1"));
            store.append(new AuditEvent(AuditEventType.DECIDED, "a1", "open_door", "door/1", "MUTATING", "ab12",
                Map.of("verdict", "DENIED")));
            store.append(event(AuditEventType.PROPOSED, "a2"));
            store.append(event(AuditEventType.STARTED, "a2"));
            store.append(event(AuditEventType.FINISHED, "a2"));
            assertThat(store.verifyAudit().intact()).isTrue();

            for (String sql : tampering.substring(tampering.indexOf(':') + 1).split(";")) {
                tamper(sql);
            }

            assertThat(store.verifyAudit().intact()).as(tampering).isFalse();
            assertThat(store.verifyAudit().problems()).as(tampering).isNotEmpty();
        }
    }

    @Test
    void should_continue_the_chain_after_reopening() {
        AuditRecord last;
        try (StateStore store = open()) {
            store.append(event(AuditEventType.PROPOSED, "a1"));
            last = store.append(event(AuditEventType.STARTED, "a1"));
        }
        try (StateStore store = open()) {
            AuditRecord next = store.append(event(AuditEventType.FINISHED, "a1"));
            assertThat(next.seq()).isEqualTo(last.seq() + 1);
            assertThat(next.prevMac()).isEqualTo(last.mac());
            assertThat(store.verifyAudit().intact()).isTrue();
        }
    }

    /** Entries approved by one person, each for its own door from {@code firstDoor}. */
    private List<String> approvedEntries(int count, int firstDoor) {
        List<String> ids = new ArrayList<>();
        try (StateStore store = open()) {
            for (int i = 0; i < count; i++) {
                PendingApproval entry = store.submit(proposal(firstDoor + i), 1);
                store.decide(entry.id(), yes("alice", entry));
                ids.add(entry.id());
            }
        }
        return ids;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Test
    void should_detect_a_trail_emptied_with_its_head_and_refuse_to_start_it_again() throws SQLException {
        try (StateStore store = open()) {
            for (int i = 1; i <= 3; i++) {
                store.append(event(AuditEventType.PROPOSED, "w" + i));
            }
        }
        tamper("DELETE FROM audit_records");
        tamper("DELETE FROM audit_head");

        try (StateStore store = open()) {
            assertThat(store.verifyAudit().intact()).isFalse();
            assertThat(String.join("\n", store.verifyAudit().problems())).contains("saw record 3");
            assertThatThrownBy(() -> store.append(event(AuditEventType.PROPOSED, "w4"))).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("head is missing");
        }
    }

    @Test
    void should_detect_a_head_rolled_back_to_an_earlier_valid_state() throws SQLException {
        try (StateStore store = open()) {
            store.append(event(AuditEventType.PROPOSED, "r1"));
            store.append(event(AuditEventType.DECIDED, "r1"));
            tamper("CREATE TABLE head_copy AS SELECT * FROM audit_head");
            store.append(event(AuditEventType.STARTED, "r1"));
        }
        try {
            tamper("DELETE FROM audit_records WHERE seq = 3");
            tamper("UPDATE audit_head SET seq = (SELECT seq FROM head_copy), mac = (SELECT mac FROM head_copy),"
                + " head_mac = (SELECT head_mac FROM head_copy)");

            try (StateStore store = open()) {
                assertThat(store.verifyAudit().intact()).isFalse();
                assertThat(String.join("\n", store.verifyAudit().problems())).contains("saw record 3").contains("ends at record 2");
            }
        } finally {
            tamper("DROP TABLE head_copy");
        }
    }

    @Test
    void should_not_consume_an_entry_without_enough_distinct_approvals() {
        try (StateStore store = open()) {
            PendingApproval entry = store.submit(proposal(6), 2);
            assertThat(store.consume(entry.id())).isFalse();
            try (StateStore alice = approver("alice")) {
                alice.decide(entry.id(), yes("alice", entry));
            }
            assertThat(store.consume(entry.id())).isFalse();
            try (StateStore bob = approver("bob")) {
                bob.decide(entry.id(), yes("bob", entry));
            }
            assertThat(store.consume(entry.id())).isTrue();
        }
    }

    @Test
    void should_keep_only_a_hash_of_an_approver_secret_and_check_it() throws Exception {
        try (StateStore store = open()) {
            String secret = store.approvers().add("alice");

            assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
            assertThat(store.approvers().authenticate("alice", secret)).contains("alice");
            assertThat(store.approvers().authenticate("alice", secret + "x")).isEmpty();
            assertThat(store.approvers().authenticate("bob", secret)).isEmpty();
            assertThat(store.approvers().list()).extracting(Approvers.Approver::name).containsExactly("alice");
            assertThatThrownBy(() -> store.approvers().add("alice")).isInstanceOf(LabcrewException.class).hasMessageContaining("exists");
            assertThatThrownBy(() -> store.approvers().add("no spaces")).isInstanceOf(LabcrewException.class);
            assertThat(store.approvers().remove("alice")).isTrue();
            assertThat(store.approvers().authenticate("alice", secret)).isEmpty();
            assertThat(store.approvers().remove("alice")).isFalse();
        }
    }

    @Test
    void should_journal_a_job_step_by_step_and_read_it_back_from_another_connection() {
        try (StateStore store = open(); StateStore other = open()) {
            store.jobs().create(new Job("job1", "provision_lxc", "ct/120@pve2", "hash1", "policy-1",
                Map.of("hostname", "web1", "vmid", 120), JobState.RUNNING, null, null, ""));
            store.jobs().append("job1", "restore", StepPhase.INTENT, "", "restore the golden");
            store.jobs().append("job1", "restore", StepPhase.TASK, "UPID:pve2:1:2:3:vzrestore:120:bot@pve!x:", "");
            store.jobs().append("job1", "restore", StepPhase.DONE, "", "CT 120 exists");
            store.jobs().update("job1", JobState.SUCCEEDED, "web1 is running");

            Job job = other.jobs().find("job1").orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(job.note()).isEqualTo("web1 is running");
            assertThat(job.arguments()).containsEntry("hostname", "web1").containsEntry("vmid", 120);
            assertThat(other.jobs().steps("job1")).extracting(JobStep::seq, JobStep::phase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, StepPhase.INTENT), org.assertj.core.groups.Tuple.tuple(2, StepPhase.TASK),
                    org.assertj.core.groups.Tuple.tuple(3, StepPhase.DONE));
            assertThat(other.jobs().steps("job1").get(1).upid()).startsWith("UPID:pve2");
            assertThat(other.jobs().list()).extracting(Job::id).contains("job1");
            assertThat(other.jobs().find("nope")).isEmpty();
            assertThatThrownBy(() -> other.jobs().update("nope", JobState.ABORTED, "")).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("No job nope");
        }
    }
}
