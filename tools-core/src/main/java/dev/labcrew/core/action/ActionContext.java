package dev.labcrew.core.action;

import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.store.StateStore;
import java.util.Map;

/**
 * What an approved action may use besides its plan and arguments: the state store (for a job's journal), the
 * ids binding it to its approval and audit records, an audit recorder carrying its action id, and a progress line
 * sink for the human watching. Only the runtime makes one, after the approval was checked.
 */
public interface ActionContext {
    /** The id of the action in the audit trail; a journaled job takes it as its own id. */
    String actionId();

    /** The approval that let it run (a queue entry's id, or the policy's). */
    String approvalId();

    /** The hash of the approved proposal. */
    String proposalHash();

    /** The store of approvals, audit trail and jobs. */
    StateStore store();

    /** Appends an audit record of this action (e.g. {@link AuditEventType#STEP}). */
    void record(AuditEventType type, Map<String, Object> details);

    /** A progress line for whoever watches (the CLI prints it on stderr as it happens). */
    void progress(String line);
}
