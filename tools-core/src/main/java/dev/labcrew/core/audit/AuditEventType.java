package dev.labcrew.core.audit;

/** The steps of an action's life that the audit trail records, in the order they happen. */
public enum AuditEventType {
    /** A caller asked for a change; written before anyone decides. */
    PROPOSED,
    /** A gate, a human or the policy answered (approved, denied or pending). */
    DECIDED,
    /** The action was refused before it ran: approval expired or reused, target changed, policy. */
    REFUSED,
    /** The action is about to run; written and synced before the first request leaves. */
    STARTED,
    /** One step of a journaled job (intent, task, outcome, compensation), between STARTED and the end. */
    STEP,
    /** The action ran to its end. */
    FINISHED,
    /** The action ran and failed. */
    FAILED
}
