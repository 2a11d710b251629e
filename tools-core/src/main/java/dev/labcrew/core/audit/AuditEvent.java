package dev.labcrew.core.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fact to append to the audit trail ({@link dev.labcrew.core.store.StateStore#append}).
 *
 * <pre>{@code
 * store.append(new AuditEvent(AuditEventType.DECIDED, actionId, proposal.tool(), proposal.target(),
 *         proposal.risk().name(), proposal.hash(), Map.of("verdict", "APPROVED", "approver", "alice")));
 * }</pre>
 *
 * @param type what happened
 * @param actionId ties together the records of one action (proposal, decision, start, outcome)
 * @param tool the tool's name
 * @param target the object acted on, e.g. {@code guest/102@node1}
 * @param risk the tool's declared risk
 * @param proposalHash the hash of the proposal decided on, or empty
 * @param details anything else worth keeping: arguments, reason, preview, verdict, approver, approval id,
 *     outcome text. Values must be JSON-serializable; keep secrets out (redact before)
 */
public record AuditEvent(AuditEventType type, String actionId, String tool, String target, String risk,
                         String proposalHash, Map<String, Object> details) {
    public AuditEvent {
        Objects.requireNonNull(type, "type");
        actionId = actionId == null ? "" : actionId;
        tool = tool == null ? "" : tool;
        target = target == null ? "" : target;
        risk = risk == null ? "" : risk;
        proposalHash = proposalHash == null ? "" : proposalHash;
        // Keys given in no order (Map.of changes its order from one JVM to the next) are sorted, so a line reads the same.
        details = details == null ? Map.of() : Collections.unmodifiableMap(details instanceof LinkedHashMap || details instanceof SortedMap
            ? new LinkedHashMap<>(details) : new TreeMap<>(details));
    }
}
