package dev.labcrew.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.LabcrewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    private Path logFile() {
        return dir.resolve("state/labcrew/audit.jsonl");
    }

    private Path keyFile() {
        return dir.resolve("config/labcrew/audit.key");
    }

    private AuditLog open() {
        return AuditLog.open(logFile(), keyFile());
    }

    static AuditEvent event(AuditEventType type, String actionId, Map<String, Object> details) {
        return new AuditEvent(type, actionId, "restart_guest", "guest/102@node1", "MUTATING", "ab12", details);
    }

    /** Proposal, denial, then one action that ran to its end: five records. */
    private void writeFive() {
        try (AuditLog log = open()) {
            log.append(event(AuditEventType.PROPOSED, "a1", Map.of("reason", "stuck")));
            log.append(event(AuditEventType.DECIDED, "a1", Map.of("verdict", "DENIED", "approver", "alice")));
            log.append(event(AuditEventType.PROPOSED, "a2", Map.of("reason", "stuck again")));
            log.append(event(AuditEventType.STARTED, "a2", Map.of("approver", "bob")));
            log.append(event(AuditEventType.FINISHED, "a2", Map.of("outcome", "started")));
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(logFile()));
    }

    private void rewrite(List<String> lines) throws IOException {
        Files.writeString(logFile(), String.join("\n", lines) + "\n");
    }

    @Test
    void should_verify_an_intact_log_and_an_empty_one() {
        try (AuditLog log = open()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 0, List.of()));
        }
        writeFive();
        try (AuditLog log = open()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 5, List.of()));
            assertThat(log.records()).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void should_write_one_json_object_per_line_with_every_field() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:15:30Z"), ZoneOffset.UTC);
        try (AuditLog log = AuditLog.open(logFile(), keyFile(), clock)) {
            AuditRecord record = log.append(event(AuditEventType.PROPOSED, "a1", Map.of("reason", "stuck")));
            assertThat(record.seq()).isEqualTo(1);
            assertThat(record.prevMac()).isEqualTo("0".repeat(64));
            assertThat(record.mac()).hasSize(64);
        }
        JsonNode line = new ObjectMapper().readTree(lines().get(0));
        assertThat(line.fieldNames()).toIterable().containsExactly("seq", "time", "type", "actionId", "tool", "target", "risk",
                "proposalHash", "details", "prevMac", "mac");
        assertThat(line.get("time").asText()).isEqualTo("2024-05-01T10:15:30Z");
        assertThat(line.get("type").asText()).isEqualTo("PROPOSED");
        assertThat(line.get("details").get("reason").asText()).isEqualTo("stuck");
    }

    @Test
    void should_recompute_the_same_mac_after_reading_back_awkward_details() {
        Map<String, Object> details = Map.of("ratio", 0.1, "big", new java.math.BigDecimal("1.10"), "float", 2.5f,
                "when", Instant.parse("2024-05-01T10:15:30.123456789Z"), "nested", Map.of("z", 1, "a", List.of(3, "x", Map.of())),
                "text", "caf\u00e9 \"quoted\" \n\u2603", "long", Long.MAX_VALUE);
        try (AuditLog log = open()) {
            AuditRecord written = log.append(event(AuditEventType.PROPOSED, "a1", details));
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.records().get(0).mac()).isEqualTo(written.mac());
            assertThat(log.records().get(0).event().details()).containsEntry("text", "caf\u00e9 \"quoted\" \n\u2603");
        }
    }

    @Test
    void should_detect_an_edited_verdict() throws IOException {
        writeFive();
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"DENIED\"", "\"APPROVED\""));
        rewrite(lines);

        try (AuditLog log = open()) {
            assertThat(log.verify().intact()).isFalse();
            assertThat(log.verify().problems()).containsExactly("line 2: MAC mismatch (record edited)");
        }
    }

    @Test
    void should_detect_a_deleted_line() throws IOException {
        writeFive();
        List<String> lines = lines();
        lines.remove(2);
        rewrite(lines);

        try (AuditLog log = open()) {
            assertThat(log.verify().problems()).containsExactly("line 3: sequence 4 after 2 (record removed)");
        }
    }

    @Test
    void should_detect_a_reordered_record() throws IOException {
        writeFive();
        List<String> lines = lines();
        String third = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, third);
        rewrite(lines);

        try (AuditLog log = open()) {
            assertThat(log.verify().problems()).containsExactly("line 3: sequence 4 after 2 (records reordered)",
                    "line 4: sequence 3 after 4 (records reordered)");
        }
    }

    @Test
    void should_detect_a_truncated_last_line() throws IOException {
        writeFive();
        String text = Files.readString(logFile());
        Files.writeString(logFile(), text.substring(0, text.length() - 40));

        try (AuditLog log = open()) {
            AuditVerification check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).containsExactly("line 5: not JSON (truncated: the write was cut short)");
            assertThat(log.records()).hasSize(4);
        }
    }

    @Test
    void should_detect_a_line_that_is_not_json() throws IOException {
        writeFive();
        List<String> lines = lines();
        lines.set(1, "garbage");
        rewrite(lines);

        try (AuditLog log = open()) {
            assertThat(log.verify().problems()).containsExactly("line 2: not JSON");
        }
    }

    @Test
    void should_not_be_fooled_by_a_recomputed_plain_hash_chain() throws Exception {
        writeFive();
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"DENIED\"", "\"APPROVED\""));
        rewrite(PlainChainForger.forge(lines));

        try (AuditLog log = open()) {
            AuditVerification check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).isNotEmpty().allMatch(p -> p.contains("MAC"));
        }
    }

    @Test
    void should_fail_verification_with_a_wrong_key() throws IOException {
        writeFive();
        Files.delete(keyFile());

        try (AuditLog log = open()) {
            AuditVerification check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).singleElement().asString().contains("key file is not the one this log was written with");
        }
    }

    @Test
    void should_refuse_a_key_file_that_is_not_a_key() throws IOException {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "short");

        assertThatThrownBy(this::open).isInstanceOf(LabcrewException.class)
                .hasMessageContaining("holds 5 bytes, not 32");
    }

    @Test
    void should_find_actions_started_but_never_finished() {
        try (AuditLog log = open()) {
            log.append(event(AuditEventType.STARTED, "done", Map.of()));
            log.append(event(AuditEventType.STARTED, "crashed", Map.of()));
            log.append(event(AuditEventType.STARTED, "failed", Map.of()));
            log.append(event(AuditEventType.FINISHED, "done", Map.of("outcome", "ok")));
            log.append(event(AuditEventType.FAILED, "failed", Map.of("error", "LOCKED")));

            assertThat(log.unfinished()).extracting(r -> r.event().actionId()).containsExactly("crashed");
        }
    }

    @Test
    void should_create_the_key_file_readable_by_its_owner_only() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        open().close();

        assertThat(Files.size(keyFile())).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(Files.exists(logFile())).isTrue();
    }

    @Test
    void should_keep_seq_and_chain_consistent_under_concurrent_appends() throws InterruptedException {
        try (AuditLog log = open()) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String id = "t" + t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        log.append(event(AuditEventType.PROPOSED, id, Map.of("i", i)));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 200, List.of()));
            assertThat(log.records()).extracting(AuditRecord::seq).doesNotHaveDuplicates().hasSize(200);
        }
    }

    @Test
    void should_continue_the_chain_after_reopening() {
        writeFive();
        try (AuditLog log = open()) {
            AuditRecord last = log.records().get(4);
            AuditRecord next = log.append(event(AuditEventType.PROPOSED, "a3", Map.of()));
            assertThat(next.seq()).isEqualTo(6);
            assertThat(next.prevMac()).isEqualTo(last.mac());
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @Test
    void should_append_after_a_cut_short_line_without_rewriting_it() throws IOException {
        writeFive();
        String text = Files.readString(logFile(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.length() - 40);
        Files.writeString(logFile(), cut);

        try (AuditLog log = open()) {
            AuditRecord next = log.append(event(AuditEventType.PROPOSED, "a3", Map.of()));
            assertThat(next.seq()).isEqualTo(5);
            assertThat(Files.readString(logFile())).startsWith(cut + "\n");
            assertThat(log.verify().problems()).containsExactly("line 5: not JSON");
            assertThat(log.records()).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
    }
}
