package dev.labcrew.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes every MAC with the key and checks that sequence numbers climb by one and that each
 * record names the MAC of the one before. Each problem is reported once, on the line where it shows.
 */
final class ChainVerifier {
    private final AuditKey key;

    ChainVerifier(AuditKey key) {
        this.key = key;
    }

    AuditVerification verify(List<AuditLine> lines) {
        Map<Long, String> macBySeq = new HashMap<>();
        for (AuditLine line : lines) {
            if (line.readable()) {
                macBySeq.putIfAbsent(line.record().seq(), line.record().mac());
            }
        }
        List<String> problems = new ArrayList<>();
        int macFailures = 0;
        int readable = 0;
        long highest = 0;
        int unreadableRun = 0;
        Set<Long> seen = new HashSet<>();
        for (AuditLine line : lines) {
            if (!line.readable()) {
                problems.add("line " + line.number() + ": " + line.error());
                unreadableRun++;
                continue;
            }
            readable++;
            AuditRecord record = line.record();
            if (!key.mac(line.content()).equals(record.mac())) {
                macFailures++;
                problems.add("line " + line.number() + ": MAC mismatch (record edited)");
            }
            String order = order(record.seq(), highest, seen, macBySeq);
            if (order == null) {
                if (!record.prevMac().equals(expectedPrevMac(record.seq(), macBySeq))) {
                    problems.add("line " + line.number() + ": previous MAC does not match record " + (record.seq() - 1)
                            + " (chain broken)");
                }
            } else if (!(order.endsWith("removed") && record.seq() - highest - 1 <= unreadableRun)) {
                problems.add("line " + line.number() + ": sequence " + record.seq() + " after " + highest + " (" + order + ")");
            }
            unreadableRun = 0;
            seen.add(record.seq());
            highest = Math.max(highest, record.seq());
        }
        if (readable > 1 && macFailures == readable) {
            problems.removeIf(p -> p.endsWith("MAC mismatch (record edited)"));
            problems.add(0, "every record fails its MAC check: the key file is not the one this log was written with,"
                    + " or the whole log was rewritten");
        }
        return new AuditVerification(problems.isEmpty(), lines.size(), problems);
    }

    /** Null when {@code seq} follows {@code highest}; otherwise what went wrong. */
    private static String order(long seq, long highest, Set<Long> seen, Map<Long, String> macBySeq) {
        if (seq == highest + 1) {
            return null;
        }
        if (seen.contains(seq)) {
            return "record repeated";
        }
        if (seq <= highest || seq < 1) {
            return "records reordered";
        }
        for (long missing = highest + 1; missing < seq; missing++) {
            if (macBySeq.containsKey(missing)) {
                return "records reordered";
            }
        }
        return seq - highest == 2 ? "record removed" : (seq - highest - 1) + " records removed";
    }

    /** The MAC the record must point back to; a removed predecessor is already reported as a gap. */
    private static String expectedPrevMac(long seq, Map<Long, String> macBySeq) {
        return seq == 1 ? AuditCodec.GENESIS : macBySeq.get(seq - 1);
    }
}
