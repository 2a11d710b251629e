package dev.labcrew.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.audit.AuditChain;
import dev.labcrew.core.audit.AuditChain.Head;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.audit.AuditVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the files of earlier versions into an empty store once: the audit lines as they were written
 * (their MACs still verify under the same key), and the approvals still pending. Approvals decided in
 * the old file are not imported: nothing proved who decided them, which is why the file was replaced.
 */
final class LegacyImport {
    private static final String DONE = "legacy-import";

    private final ApprovalRows approvals;
    private final AuditRows audit;
    private final AuditChain chain;

    LegacyImport(ApprovalRows approvals, AuditRows audit, AuditChain chain) {
        this.approvals = approvals;
        this.audit = audit;
        this.chain = chain;
    }

    List<String> run(Connection c, Path approvalsJson, Path auditJsonl) throws SQLException {
        if (alreadyDone(c) || !(Files.exists(approvalsJson) || Files.exists(auditJsonl))) {
            return List.of();
        }
        List<String> report = new ArrayList<>();
        Head head = audit.head(c, true);
        if (Files.exists(auditJsonl) && (head == null || head.seq() == 0) && !audit.hasRecords(c)) {
            report.add(importAudit(c, auditJsonl, head));
        }
        if (Files.exists(approvalsJson) && approvals.all(c).isEmpty()) {
            report.addAll(importApprovals(c, approvalsJson));
        }
        try (PreparedStatement mark = c.prepareStatement("INSERT INTO store_meta (name, value) VALUES (?, ?)")) {
            mark.setString(1, DONE);
            mark.setString(2, Instant.now().toString());
            mark.executeUpdate();
        }
        return report;
    }

    private String importAudit(Connection c, Path file, Head head) throws SQLException {
        List<String> lines = AuditChain.legacyLines(file);
        int stored = 0;
        AuditRecord last = null;
        for (String line : lines) {
            List<AuditRecord> one = AuditChain.records(List.of(line));
            if (one.isEmpty() || (last != null && one.get(0).seq() <= last.seq())) {
                continue;
            }
            audit.insertLine(c, one.get(0), line);
            last = one.get(0);
            stored++;
        }
        if (last != null) {
            if (head == null) {
                audit.insertHead(c, new Head(last.seq(), last.mac(), chain.headMac(last.seq(), last.mac())));
            } else {
                audit.moveHead(c, 0, last.seq(), last.mac());
            }
        }
        int skipped = lines.size() - stored;
        String broken = "";
        if (last != null) {
            AuditVerification old = chain.verify(lines, new Head(last.seq(), last.mac(), chain.headMac(last.seq(), last.mac())));
            broken = old.intact() ? "" : "; WARNING: the old trail does not verify (" + String.join("; ", old.problems())
                + "), kept as it was as evidence: 'labcrew audit verify' reports it";
        }
        return "imported " + stored + " audit records from " + file + (skipped > 0 ? " (" + skipped + " unreadable or out of order lines"
            + " left out)" : "") + "; the file is left as it was" + broken;
    }

    private List<String> importApprovals(Connection c, Path file) throws SQLException {
        List<String> report = new ArrayList<>();
        JsonNode all;
        try {
            all = ProposalJson.JSON.readTree(file.toFile());
        } catch (IOException e) {
            return List.of("could not read " + file + " (" + e.getMessage() + "); no approvals imported");
        }
        int pending = 0;
        int skipped = 0;
        for (JsonNode entry : all) {
            if (!"PENDING".equals(entry.path("status").asText()) || entry.path("approvers").size() > 0) {
                skipped++;
                continue;
            }
            ActionProposal proposal = ProposalJson.JSON.convertValue(entry.get("proposal"), ActionProposal.class);
            approvals.submit(c, proposal, 1, Instant.now());
            pending++;
        }
        report.add("imported " + pending + " pending approvals from " + file + " (under new ids)");
        if (skipped > 0) {
            report.add("left out " + skipped + " approvals of " + file + " that were already decided: ask again for those changes");
        }
        return report;
    }

    private static boolean alreadyDone(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM store_meta WHERE name = ?")) {
            query.setString(1, DONE);
            return query.executeQuery().next();
        }
    }
}
