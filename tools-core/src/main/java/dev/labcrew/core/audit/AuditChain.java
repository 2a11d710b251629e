package dev.labcrew.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyed chain of audit records, independent of where the records are kept: computes each new
 * record's MAC over its content and the previous MAC, the MAC of the chain's head, and verifies a
 * stored trail against its head. A store keeps the head apart from the records, so a trail whose tail
 * was cut or that was emptied no longer matches it.
 */
public final class AuditChain {
    /** The previous MAC of the first record. */
    public static final String GENESIS = AuditCodec.GENESIS;

    private final AuditKey key;

    public AuditChain(AuditKey key) {
        this.key = key;
    }

    /** The record after ({@code prevSeq}, {@code prevMac}) and the text line a store keeps for it. */
    public Appended next(long prevSeq, String prevMac, Instant time, AuditEvent event) {
        ObjectNode content = AuditCodec.content(prevSeq + 1, time, event, prevMac);
        String mac = key.mac(AuditCodec.canonical(content));
        return new Appended(new AuditRecord(prevSeq + 1, time, event, prevMac, mac), AuditCodec.line(content, mac));
    }

    /** The MAC that binds the head (the last sequence number and its MAC) to the key. */
    public String headMac(long seq, String mac) {
        return key.mac("head\n" + seq + "\n" + mac);
    }

    /** Parses stored lines into records, skipping the unreadable ones. */
    public static List<AuditRecord> records(List<String> lines) {
        return AuditFile.parse(joined(lines)).stream().filter(AuditLine::readable).map(AuditLine::record).toList();
    }

    /**
     * Checks every line's MAC and the chain, then that the head names the last record: a head that is
     * missing, forged, or ahead of the records means records were cut from the end or the trail emptied.
     *
     * @param head the stored head, or null when the store has none
     */
    public AuditVerification verify(List<String> lines, Head head) {
        List<AuditLine> parsed = AuditFile.parse(joined(lines));
        AuditVerification chain = new ChainVerifier(key).verify(parsed);
        List<String> problems = new ArrayList<>(chain.problems());
        AuditRecord last = AuditFile.last(parsed);
        long lastSeq = last == null ? 0 : last.seq();
        String lastMac = last == null ? GENESIS : last.mac();
        if (head == null) {
            problems.add("the chain head is missing: the trail's end cannot be checked (records or the head were deleted)");
        } else if (!headMac(head.seq(), head.mac()).equals(head.headMac())) {
            problems.add("the chain head fails its MAC check (head edited)");
        } else if (head.seq() > lastSeq) {
            problems.add(lastSeq == 0 ? "the trail is empty but its head names record " + head.seq() + " (trail emptied)"
                : "the trail ends at record " + lastSeq + " but its head names record " + head.seq() + " (records cut from the end)");
        } else if (head.seq() != lastSeq || !head.mac().equals(lastMac)) {
            problems.add("the last record " + lastSeq + " is not the chain head " + head.seq() + " (records added or replaced at the end)");
        }
        return new AuditVerification(problems.isEmpty(), chain.records(), problems);
    }

    /** STARTED records with no FINISHED or FAILED record for the same action: actions cut off mid-way. */
    public static List<AuditRecord> unfinished(List<AuditRecord> trail) {
        java.util.Set<String> ended = new java.util.HashSet<>();
        for (AuditRecord record : trail) {
            AuditEventType type = record.event().type();
            if (type == AuditEventType.FINISHED || type == AuditEventType.FAILED) {
                ended.add(record.event().actionId());
            }
        }
        return trail.stream().filter(r -> r.event().type() == AuditEventType.STARTED && !ended.contains(r.event().actionId())).toList();
    }

    /** The lines of a legacy {@code audit.jsonl} file, for a one-time import; empty when it does not exist. */
    public static List<String> legacyLines(Path file) {
        String text = AuditFile.text(file);
        return text.isEmpty() ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    /** A record ready to store, with its line. */
    public record Appended(AuditRecord record, String line) {
    }

    /**
     * The chain's head as a store keeps it.
     *
     * @param seq the last record's sequence number, 0 before the first
     * @param mac the last record's MAC, {@link #GENESIS} before the first
     * @param headMac {@link #headMac(long, String)} of the two
     */
    public record Head(long seq, String mac, String headMac) {
    }
}
