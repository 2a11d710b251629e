package dev.labcrew.core.audit;

/**
 * One line of the log file as read: either a record with the canonical text its MAC covers, or the
 * reason it could not be read.
 */
record AuditLine(int number, AuditRecord record, String content, String error) {
    static AuditLine broken(int number, String error) {
        return new AuditLine(number, null, null, error);
    }

    boolean readable() {
        return record != null;
    }
}
