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
    private static final String ENTRY = "SELECT id, proposal, approvers_required, created_at, used_at, closed_at, closed_why"
        + " FROM approvals LEFT JOIN consumptions ON consumptions.approval_id = approvals.id";
    private static final String OPEN = " used_at IS NULL AND closed_at IS NULL";
    private static final String UNUSED = " NOT EXISTS (SELECT 1 FROM consumptions u WHERE u.approval_id = approvals.id)";
    /** Entries per query when reading their votes: well under any database's limit on parameters. */
    private static final int VOTE_BATCH = 500;

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
            insert.setString(6, StoreTimes.text(now));
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
        try (PreparedStatement insert = c.prepareStatement(dialect.insertDecision())) {
            insert.setString(1, entry.id());
            insert.setString(2, vote.proposalHash());
            insert.setString(3, verdict);
            insert.setString(4, vote.channel());
            insert.setString(5, vote.reason());
            if (dialect.macOnDecisions()) {
                String at = StoreTimes.text(vote.at());
                insert.setString(6, vote.approver());
                insert.setString(7, at);
                insert.setString(8, macs.mac(entry.id(), vote.proposalHash(), verdict, vote.approver(), vote.channel(), vote.reason(), at));
            }
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

    /**
     * The one transition approved-and-unused to used: an insert-only row, at most one per entry, made
     * only while the entry is open, undenied and holds as many distinct approvals of its current
     * proposal as it requires. The executor checked the votes' proofs in its own read before.
     */
    boolean consume(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consumptions (approval_id, used_at)"
            + " SELECT id, ? FROM approvals WHERE id = ? AND closed_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.approval_id = approvals.id AND d.verdict = 'DENIED')"
            + " AND (SELECT COUNT(DISTINCT d.approver) FROM decisions d WHERE d.approval_id = approvals.id AND d.verdict = 'APPROVED'"
            + " AND d.proposal_hash = approvals.proposal_hash) >= approvers_required"
            + " ON CONFLICT (approval_id) DO NOTHING")) {
            insert.setString(1, StoreTimes.text(now));
            insert.setString(2, id);
            return insert.executeUpdate() == 1;
        }
    }

    boolean close(Connection c, String id, String why, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE approvals SET closed_at = ?, closed_why = ? WHERE id = ?"
            + " AND closed_at IS NULL AND" + UNUSED)) {
            update.setString(1, StoreTimes.text(now));
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
        List<String> ids = List.copyOf(rows.keySet());
        for (int from = 0; from < ids.size(); from += VOTE_BATCH) {
            readVotes(c, rows, ids.subList(from, Math.min(ids.size(), from + VOTE_BATCH)));
        }
    }

    private void readVotes(Connection c, Map<String, Row> rows, List<String> ids) throws SQLException {
        String marks = String.join(", ", ids.stream().map(k -> "?").toList());
        try (PreparedStatement query = c.prepareStatement("SELECT approval_id, proposal_hash, verdict, approver, channel, reason,"
            + " decided_at, mac FROM decisions WHERE approval_id IN (" + marks + ") ORDER BY id")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Instant at = StoreTimes.parseOrNull(rs.getString(7));
                    boolean authentic = at != null && (!dialect.macOnDecisions() || macs.mac(id, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)).equals(rs.getString(8)));
                    rows.get(id).votes().add(new Vote(rs.getString(4), rs.getString(5), "APPROVED".equals(rs.getString(3)),
                        rs.getString(6), at == null ? Instant.EPOCH : at, rs.getString(2), authentic));
                }
            }
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : StoreTimes.parseOrNull(text);
    }

    private record Row(String id, ActionProposal proposal, int required, Instant created, Instant used, Instant closed, String why,
                       List<Vote> votes) {
        PendingApproval entry() {
            return new PendingApproval(id, proposal, required, votes, created, used, closed, why);
        }
    }
}
