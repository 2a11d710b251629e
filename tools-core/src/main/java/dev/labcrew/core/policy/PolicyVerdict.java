package dev.labcrew.core.policy;

import java.util.Objects;

/**
 * What the policy says about a proposal, before any human is asked.
 *
 * @param kind approve without asking, deny outright, or ask a human
 * @param reason why, in a sentence the caller and the audit trail can show
 * @param rule what decided: a rule's name, {@code readOnly}, {@code allow.nodes}, {@code allow.vmids},
 *     {@code twoPersonRule}, {@code read-only} or {@code default}; never null
 */
public record PolicyVerdict(Kind kind, String reason, String rule) {
    /** The three answers a policy can give. */
    public enum Kind { APPROVE, DENY, ASK }

    public PolicyVerdict {
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        rule = rule == null ? "" : rule;
    }
}
