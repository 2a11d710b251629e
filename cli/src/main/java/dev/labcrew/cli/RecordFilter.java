package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.audit.AuditRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The filters {@code approvals list} and {@code audit} share: status (or record type), tool, target, since. */
final class RecordFilter {
    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only this status (pending, approved, denied, used, closed) or, for the audit trail, record type (proposed, decided, refused, started, finished, failed).")
    String status;

    @Option(names = "--tool", paramLabel = "NAME", description = "Only this tool.")
    String tool;

    @Option(names = "--target", paramLabel = "TEXT", description = "Only targets containing this, e.g. ct/200 or @pve1.")
    String target;

    @Option(names = "--since", paramLabel = "WHEN", description = "Only newer than this: a duration back from now (30m, 12h, 7d) or a UTC time (2026-12-05T10:00:00Z).")
    String since;

    /** {@link #since} as a time, parsed on first use; the same instant for every record of one listing. */
    private Instant sinceAt;

    /** Refuses a malformed {@code --since} before any record is read, whether or not any would be compared. */
    RecordFilter checked() {
        if (since != null) {
            sinceInstant();
        }
        return this;
    }

    boolean isEmpty() {
        return status == null && tool == null && target == null && since == null;
    }

    boolean matches(PendingApproval a) {
        return (status == null || a.status().name().equalsIgnoreCase(status.strip()))
            && common(a.proposal().tool(), a.proposal().target(), a.createdAt());
    }

    boolean matches(AuditRecord r) {
        return (status == null || r.event().type().name().equalsIgnoreCase(status.strip()))
            && common(r.event().tool(), r.event().target(), r.time());
    }

    private boolean common(String tool, String target, Instant at) {
        return (this.tool == null || this.tool.strip().equals(tool))
            && (this.target == null || target.toLowerCase(Locale.ROOT).contains(this.target.strip().toLowerCase(Locale.ROOT)))
            && (since == null || !at.isBefore(sinceInstant()));
    }

    private Instant sinceInstant() {
        if (sinceAt == null) {
            sinceAt = parseSince(since.strip());
        }
        return sinceAt;
    }

    private static Instant parseSince(String text) {
        if (Character.isDigit(text.charAt(0)) && text.contains("T")) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw LabcrewException.badInput("Not a UTC time: " + text, "write 2026-12-05T10:00:00Z, or a duration such as 12h");
            }
        }
        return Instant.now().minus(QueueExpiry.parse(text));
    }
}
