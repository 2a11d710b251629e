package dev.labcrew.core.store;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.audit.AuditChain;
import dev.labcrew.core.audit.AuditChain.Appended;
import dev.labcrew.core.audit.AuditChain.Head;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the audit trail. An append reads the head (locked), inserts the next record and moves
 * the head, in the caller's transaction: concurrent writers queue up and never fork the chain.
 */
final class AuditRows {
    private final Dialect dialect;
    private final AuditChain chain;
    private final Path witnessFile;

    AuditRows(Dialect dialect, AuditChain chain, Path witnessFile) {
        this.dialect = dialect;
        this.chain = chain;
        this.witnessFile = witnessFile;
    }

    /**
     * Appends after the locked head. A store that never had a record starts at the genesis head; one
     * whose head is gone (or whose records are gone while this machine saw some) takes nothing more.
     *
     * @param witnessed the last sequence number this machine saw in this store, 0 when none
     */
    AuditRecord append(Connection c, AuditEvent event, Instant now, long witnessed) throws SQLException {
        Head head = headOrStart(c, witnessed);
        if (head == null) {
            throw new LabcrewException(ErrorKind.REMOTE_ERROR, "The audit trail's chain head is missing" + (witnessed > 0
                ? " (this machine saw record " + witnessed + " written to this store)" : "") + ", so nothing more is recorded and no"
                + " change may run", "run 'labcrew audit verify' and find out who deleted it; if you replaced the store on purpose,"
                + " remove " + witnessFile + " to start a new trail");
        }
        Appended next = chain.next(head.seq(), head.mac(), now, event);
        insertLine(c, next.record(), next.line());
        moveHead(c, head.seq(), next.record().seq(), next.record().mac());
        return next.record();
    }

    /** The head, locked for the transaction; the genesis head of a store that never held a record; else null. */
    Head headOrStart(Connection c, long witnessed) throws SQLException {
        Head head = head(c, true);
        if (head == null && witnessed == 0 && !hasRecords(c)) {
            head = new Head(0, AuditChain.GENESIS, chain.headMac(0, AuditChain.GENESIS));
            insertHead(c, head);
        }
        return head;
    }

    List<String> lines(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT line FROM audit_records ORDER BY seq");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    Head head(Connection c, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT seq, mac, head_mac FROM audit_head WHERE id = 1"
            + (forUpdate ? dialect.lockForUpdate() : ""));
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
        }
    }

    /** Stores a record line as it is (a legacy import keeps the MACs it was written with). */
    void insertLine(Connection c, AuditRecord record, String line) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_records (seq, action_id, line) VALUES (?, ?, ?)")) {
            insert.setLong(1, record.seq());
            insert.setString(2, record.event().actionId());
            insert.setString(3, line);
            insert.executeUpdate();
        }
    }

    void insertHead(Connection c, Head head) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_head (id, seq, mac, head_mac) VALUES (1, ?, ?, ?)")) {
            insert.setLong(1, head.seq());
            insert.setString(2, head.mac());
            insert.setString(3, head.headMac());
            insert.executeUpdate();
        }
    }

    boolean hasRecords(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM audit_records LIMIT 1"); ResultSet rs = query.executeQuery()) {
            return rs.next();
        }
    }

    void moveHead(Connection c, long from, long seq, String mac) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE audit_head SET seq = ?, mac = ?, head_mac = ? WHERE id = 1 AND seq = ?")) {
            update.setLong(1, seq);
            update.setString(2, mac);
            update.setString(3, chain.headMac(seq, mac));
            update.setLong(4, from);
            if (update.executeUpdate() != 1) {
                throw new SQLException("the audit chain head moved during an append", "40001");
            }
        }
    }
}
