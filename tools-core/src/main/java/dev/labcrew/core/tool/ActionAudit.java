package dev.labcrew.core.tool;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditEventType;
import java.security.SecureRandom;
import java.util.HexFormat;
import dev.labcrew.core.store.StateStore;
import java.util.Map;

/** The audit records of one action, all carrying its id. */
final class ActionAudit {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StateStore log;
    private final ActionProposal proposal;
    private final String actionId;

    ActionAudit(StateStore log, ActionProposal proposal) {
        this.log = log;
        this.proposal = proposal;
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        this.actionId = HexFormat.of().formatHex(id);
    }

    String actionId() {
        return actionId;
    }

    void record(AuditEventType type, Map<String, Object> details) {
        log.append(new AuditEvent(type, actionId, proposal.tool(), proposal.target(), proposal.risk().name(),
            proposal.hash(), details));
    }
}
