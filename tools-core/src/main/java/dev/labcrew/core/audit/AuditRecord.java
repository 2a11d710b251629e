package dev.labcrew.core.audit;

import java.time.Instant;

/**
 * One line of the audit log as written: the event, its place in the chain and its MAC.
 *
 * @param seq position in the log, 1 for the first record, without gaps
 * @param time when the record was appended (UTC)
 * @param event what happened
 * @param prevMac the MAC of the record before (64 zeros for the first)
 * @param mac HMAC-SHA256 (hex) of this record's canonical content, which includes {@code prevMac}
 */
public record AuditRecord(long seq, Instant time, AuditEvent event, String prevMac, String mac) {
}
