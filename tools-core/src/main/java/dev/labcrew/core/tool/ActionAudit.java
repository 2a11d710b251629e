package dev.labcrew.core.tool;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditEventType;
import java.security.SecureRandom;
import java.util.HexFormat;
import dev.labcrew.core.store.StateStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit records of one action, all carrying its id. */
final class ActionAudit {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StateStore log;
    private final ActionProposal proposal;
    private final String actionId;
    private final String lab;

    ActionAudit(StateStore log, ActionProposal proposal, String lab) {
        this.log = log;
        this.proposal = proposal;
        this.lab = lab;
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        this.actionId = HexFormat.of().formatHex(id);
    }

    String actionId() {
        return actionId;
    }

    /** Appends one record of this action; it names the lab when the runtime knows it. */
    void record(AuditEventType type, Map<String, Object> details) {
        Map<String, Object> all = details;
        if (!lab.isEmpty()) {
            all = new LinkedHashMap<>();
            all.put("lab", lab);
            all.putAll(details);
        }
        log.append(new AuditEvent(type, actionId, proposal.tool(), proposal.target(), proposal.risk().name(),
            proposal.hash(), all));
    }
}
