package dev.labcrew.core.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The policy file as written, before validation. Every field is optional; unknown keys are errors.
 * Plain fields rather than a record: Jackson then meets an unknown key while it reads it, and the
 * error names that key's line, not the end of the object.
 */
final class PolicyDocument {
    Boolean readOnly;
    Allow allow;
    List<String> twoPersonRule;
    List<RuleDocument> rules;
    @JsonProperty("default")
    String defaultDecision;

    /** Target allowlists; an empty or missing list allows everything. */
    static final class Allow {
        List<String> nodes;
        List<String> vmids;
    }

    /** One rule; every criterion given must hold for it to match. */
    static final class RuleDocument {
        String name;
        List<String> tools;
        List<String> tags;
        List<String> vmids;
        List<String> nodes;
        List<String> risks;
        String decision;
        String reason;
    }
}
