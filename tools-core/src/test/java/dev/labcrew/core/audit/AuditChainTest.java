package dev.labcrew.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.audit.AuditChain.Appended;
import dev.labcrew.core.audit.AuditChain.Head;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyed chain on its own: what any store's records and head are checked with. */
class AuditChainTest {
    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private Head head = new Head(0, AuditChain.GENESIS, "");

    private AuditChain chain() {
        return new AuditChain(AuditKey.loadOrCreate(dir.resolve("audit.key")));
    }

    private AuditRecord append(AuditChain chain, Map<String, Object> details) {
        Appended next = chain.next(head.seq(), head.mac(), Instant.parse("2026-12-05T10:15:30Z"),
            new AuditEvent(AuditEventType.PROPOSED, "a1", "restart_guest", "guest/102@node1", "MUTATING", "ab12", details));
        lines.add(next.line());
        head = new Head(next.record().seq(), next.record().mac(), chain.headMac(next.record().seq(), next.record().mac()));
        return next.record();
    }

    @Test
    void should_recompute_the_same_mac_after_reading_back_awkward_details() {
        AuditChain chain = chain();
        Map<String, Object> details = Map.of("ratio", 0.1, "big", new java.math.BigDecimal("1.10"), "float", 2.5f,
            "when", Instant.parse("2024-05-01T10:15:30.123456789Z"), "nested", Map.of("z", 1, "a", List.of(3, "x", Map.of())),
            "text", "caf\u00e9 \"quoted\" \n\u2603", "long", Long.MAX_VALUE);
        AuditRecord written = append(chain, details);

        assertThat(chain.verify(lines, head).intact()).isTrue();
        assertThat(AuditChain.records(lines).get(0).mac()).isEqualTo(written.mac());
        assertThat(AuditChain.records(lines).get(0).event().details()).containsEntry("text", "caf\u00e9 \"quoted\" \n\u2603");
    }

    @Test
    void should_not_be_fooled_by_a_recomputed_plain_hash_chain() throws Exception {
        AuditChain chain = chain();
        for (int i = 0; i < 3; i++) {
            append(chain, Map.of("verdict", "DENIED"));
        }
        List<String> forged = PlainChainForger.forge(lines.stream().map(l -> l.replace("DENIED", "APPROVED")).toList());
        AuditRecord last = AuditChain.records(forged).get(2);

        AuditVerification check = chain.verify(forged, new Head(last.seq(), last.mac(), "0".repeat(64)));

        assertThat(check.intact()).isFalse();
        assertThat(check.problems()).isNotEmpty().allMatch(p -> p.contains("MAC"));
    }

    @Test
    void should_fail_verification_with_another_key() throws IOException {
        append(chain(), Map.of());
        append(chain(), Map.of());
        Files.delete(dir.resolve("audit.key"));

        AuditVerification check = chain().verify(lines, head);

        assertThat(check.intact()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.contains("key file is not the one this log was written with"));
    }

    @Test
    void should_refuse_a_key_file_that_is_not_a_key() throws IOException {
        Files.writeString(dir.resolve("audit.key"), "short");
        assertThatThrownBy(this::chain).isInstanceOf(LabcrewException.class).hasMessageContaining("holds 5 bytes, not 32");
    }

    @Test
    void should_create_the_key_file_readable_by_its_owner_only() throws IOException {
        chain();
        assertThat(Files.size(dir.resolve("audit.key"))).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit.key")))).isEqualTo("rw-------");
    }

    @Test
    void should_find_actions_started_but_never_finished() {
        List<AuditRecord> trail = new ArrayList<>();
        long seq = 0;
        for (String[] step : new String[][] {{"STARTED", "done"}, {"STARTED", "crashed"}, {"STARTED", "failed"},
            {"FINISHED", "done"}, {"FAILED", "failed"}}) {
            trail.add(new AuditRecord(++seq, Instant.now(), new AuditEvent(AuditEventType.valueOf(step[0]), step[1], "t", "x", "MUTATING",
                "", Map.of()), "", ""));
        }
        assertThat(AuditChain.unfinished(trail)).extracting(r -> r.event().actionId()).containsExactly("crashed");
    }
}
