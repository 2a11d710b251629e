package dev.labcrew.core.store;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the approval queue: entries and the decisions on them. */
final class ApprovalRows {
    private static final String ENTRY = "SELECT id, proposal, approvers_required, created_at, used_at, closed_at, closed_why FROM approvals";
    private static final String OPEN = " used_at IS NULL AND closed_at IS NULL";

    private final Dialect dialect;
    private final DecisionMacs macs;

    ApprovalRows(Dialect dialect, DecisionMacs macs) {
        this.dialect = dialect;
        this.macs = macs;
    }

    PendingApproval submit(Connection c, ActionProposal proposal, int required, Instant now) throws SQLException {
        if (dialect.lockRequest() != null) {
            try (PreparedStatement lock = c.prepareStatement(dialect.lockRequest())) {
                lock.setString(1, proposal.requestHash());
                lock.execute();
            }
        }
        for (PendingApproval open : select(c, " WHERE proposal_hash = ? AND" + OPEN + " ORDER BY created_at DESC", proposal.hash())) {
            if (open.denial() == null) {
                return open;
            }
        }
        String id = ApprovalIds.next("a").substring(2);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO approvals (id, request_hash, proposal_hash, proposal,"
            + " approvers_required, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, proposal.requestHash());
            insert.setString(3, proposal.hash());
            insert.setString(4, ProposalJson.write(proposal));
            insert.setInt(5, required);
            insert.setString(6, now.toString());
            insert.executeUpdate();
        }
        return new PendingApproval(id, proposal, required, List.of(), now, null, null, "");
    }

    Optional<PendingApproval> find(Connection c, String id) throws SQLException {
        return select(c, " WHERE id = ?", id).stream().findFirst();
    }

    List<PendingApproval> all(Connection c) throws SQLException {
        return select(c, " ORDER BY created_at, id");
    }

    Optional<PendingApproval> openFor(Connection c, String requestHash) throws SQLException {
        return select(c, " WHERE request_hash = ? AND" + OPEN + " ORDER BY created_at DESC", requestHash).stream().findFirst();
    }

    void decide(Connection c, PendingApproval entry, Vote vote) throws SQLException {
        String verdict = vote.approve() ? "APPROVED" : "DENIED";
        String at = vote.at().toString();
        try (PreparedStatement insert = c.prepareStatement(dialect.insertDecision())) {
            int i = 1;
            insert.setString(i++, entry.id());
            insert.setString(i++, vote.proposalHash());
            insert.setString(i++, verdict);
            if (dialect.macOnDecisions()) {
                insert.setString(i++, vote.approver());
            }
            insert.setString(i++, vote.channel());
            insert.setString(i++, vote.reason());
            insert.setString(i++, at);
            insert.setString(i, dialect.macOnDecisions()
                ? macs.mac(entry.id(), vote.proposalHash(), verdict, vote.approver(), vote.channel(), vote.reason(), at) : null);
            insert.executeUpdate();
        }
    }

    /** Who a decision will be recorded as: the caller's authenticated name, or on PostgreSQL the session's role. */
    String approverOf(Connection c, Vote vote) throws SQLException {
        if (dialect.macOnDecisions()) {
            return vote.approver();
        }
        try (PreparedStatement query = c.prepareStatement("SELECT session_user"); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The one transition approved-and-unused to used; the caller checked the votes in this transaction. */
    boolean consume(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE approvals SET used_at = ? WHERE id = ? AND" + OPEN
            + " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.approval_id = approvals.id AND d.verdict = 'DENIED')")) {
            update.setString(1, now.toString());
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    boolean close(Connection c, String id, String why, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE approvals SET closed_at = ?, closed_why = ? WHERE id = ? AND" + OPEN)) {
            update.setString(1, now.toString());
            update.setString(2, why);
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    static LabcrewException notFound(String id) {
        return new LabcrewException(ErrorKind.NOT_FOUND, "No approval with id " + id, "list the queue with 'labcrew approvals list'");
    }

    private List<PendingApproval> select(Connection c, String where, String... params) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement(ENTRY + where)) {
            for (int i = 0; i < params.length; i++) {
                query.setString(i + 1, params[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(1), ProposalJson.read(rs.getString(2)), rs.getInt(3),
                        instant(rs.getString(4)), instant(rs.getString(5)), instant(rs.getString(6)), rs.getString(7), new ArrayList<>()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        readVotes(c, rows);
        return rows.values().stream().map(Row::entry).toList();
    }

    private void readVotes(Connection c, Map<String, Row> rows) throws SQLException {
        String marks = String.join(", ", rows.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement query = c.prepareStatement("SELECT approval_id, proposal_hash, verdict, approver, channel, reason,"
            + " decided_at, mac FROM decisions WHERE approval_id IN (" + marks + ") ORDER BY id")) {
            int i = 1;
            for (String id : rows.keySet()) {
                query.setString(i++, id);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    boolean authentic = !dialect.macOnDecisions() || macs.mac(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)).equals(rs.getString(8));
                    rows.get(id).votes().add(new Vote(rs.getString(4), rs.getString(5), "APPROVED".equals(rs.getString(3)),
                        rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(2), authentic));
                }
            }
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private record Row(String id, ActionProposal proposal, int required, Instant created, Instant used, Instant closed, String why,
                       List<Vote> votes) {
        PendingApproval entry() {
            return new PendingApproval(id, proposal, required, votes, created, used, closed, why);
        }
    }
}
