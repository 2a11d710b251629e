package dev.labcrew.core.policy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What may change without asking, what may never change, and where. Without a policy file
 * ({@link #defaults()}) every call that is not read-only is put to a human.
 *
 * <p>The file is JSON, or YAML when its name ends in {@code .yaml} or {@code .yml}. Every key is
 * optional; an unknown key is an error, so a typo cannot silently weaken the policy:
 * <pre>{@code
 * readOnly: false                 # true: every call that is not read-only is denied, whatever the rules say
 * allow:                          # target allowlists: a call outside them is denied
 *   nodes: [node1, node2]         # the target's node (target state "node")
 *   vmids: ["100-199", 200]       # the target's numeric id (target state "vmid"): single ids or ranges
 * twoPersonRule: [DESTRUCTIVE]    # risks that need two distinct human approvers
 * rules:                          # first match wins
 *   - name: auto-heal-restarts
 *     tools: [restart_guest, start_guest]  # exact names or globs like "*_snapshot"
 *     tags: [auto-heal]                    # the target carries one of these tags (target state "tags", ; or , separated)
 *     vmids: [200]                         # optional
 *     nodes: [node1]                       # optional
 *     risks: [MUTATING]                    # optional
 *     decision: approve                    # approve | deny | ask
 *     reason: "restarts of auto-heal guests are pre-approved"
 *   - name: never-delete
 *     tools: ["delete_*"]
 *     decision: deny
 * default: ask                    # ask | deny
 * }</pre>
 *
 * <p>{@link #evaluate} decides in this order: a read-only call is approved; {@code readOnly} denies;
 * a target outside an allowlist is denied (also when the target's node or id is unknown and the list
 * is set: the policy fails closed); the first rule whose criteria all hold decides; otherwise
 * {@code default}. An {@code approve} rule never matches a proposal whose risk is listed in
 * {@code twoPersonRule}: the policy cannot stand in for the two humans, so such a call falls through
 * to the next rule or the default. A rule that names such a risk in {@code risks} and approves is
 * rejected when the file is read. Tag names compare case-insensitively; tool, node names exactly.
 */
public final class Policy {
    private final boolean readOnly;
    private final Set<String> allowNodes;
    private final IdRanges allowVmids;
    private final Set<Risk> twoPerson;
    private final List<PolicyRule> rules;
    private final PolicyVerdict.Kind fallback;

    Policy(boolean readOnly, Set<String> allowNodes, IdRanges allowVmids, Set<Risk> twoPerson, List<PolicyRule> rules,
           PolicyVerdict.Kind fallback) {
        this.readOnly = readOnly;
        this.allowNodes = Collections.unmodifiableSet(new LinkedHashSet<>(allowNodes));
        this.allowVmids = allowVmids;
        this.twoPerson = twoPerson.isEmpty() ? EnumSet.noneOf(Risk.class) : EnumSet.copyOf(twoPerson);
        this.rules = List.copyOf(rules);
        this.fallback = fallback;
    }

    /** Ask a human for every call that is not read-only. */
    public static Policy defaults() {
        return new Policy(false, Set.of(), null, Set.of(), List.of(), PolicyVerdict.Kind.ASK);
    }

    /**
     * Reads a policy file.
     *
     * @throws LabcrewException {@code BAD_INPUT} naming the file, the line or field, and what is wrong
     */
    public static Policy load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LabcrewException.badInput("Cannot read the policy file " + file + ": " + e.getMessage(),
                    "check the path given for the policy, or run without one to be asked for every change");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PolicyReader.read(text, name.endsWith(".yaml") || name.endsWith(".yml"), file.toString());
    }

    /** Reads policy text, YAML or JSON; errors as for {@link #load(Path)}. */
    public static Policy parse(String text, boolean yaml) {
        return PolicyReader.read(text, yaml, yaml ? "policy (YAML)" : "policy (JSON)");
    }

    /** Approve, deny or ask, with the reason and the rule that decided. */
    public PolicyVerdict evaluate(ActionProposal proposal) {
        if (!proposal.risk().needsApproval()) {
            return new PolicyVerdict(PolicyVerdict.Kind.APPROVE, "read-only calls need no approval", "read-only");
        }
        if (readOnly) {
            return new PolicyVerdict(PolicyVerdict.Kind.DENY, "the policy makes Labcrew read-only", "readOnly");
        }
        TargetFacts target = TargetFacts.of(proposal);
        PolicyVerdict outside = outsideAllowlists(target);
        if (outside != null) {
            return outside;
        }
        for (PolicyRule rule : rules) {
            boolean needsTwo = rule.kind() == PolicyVerdict.Kind.APPROVE && twoPerson.contains(proposal.risk());
            if (!needsTwo && rule.matches(proposal, target)) {
                return rule.verdict();
            }
        }
        return fallback == PolicyVerdict.Kind.DENY
                ? new PolicyVerdict(PolicyVerdict.Kind.DENY, "no policy rule allows this and the policy denies by default", "default")
                : new PolicyVerdict(PolicyVerdict.Kind.ASK, "no policy rule decides this; a human must", "default");
    }

    /** Whether every call that is not read-only is denied. */
    public boolean readOnly() {
        return readOnly;
    }

    /** How many distinct humans must approve a call of this risk: 2 under the two-person rule, else 1. */
    public int approversRequired(Risk risk) {
        return twoPerson.contains(risk) ? 2 : 1;
    }

    private PolicyVerdict outsideAllowlists(TargetFacts target) {
        if (!allowNodes.isEmpty() && (target.node() == null || !allowNodes.contains(target.node()))) {
            String what = target.node() == null ? "the target names no node" : "node " + target.node() + " is not listed";
            return new PolicyVerdict(PolicyVerdict.Kind.DENY, what + " in the policy's allow.nodes " + allowNodes, "allow.nodes");
        }
        if (allowVmids != null && (target.vmid() == null || !allowVmids.contains(target.vmid()))) {
            String what = target.vmid() == null ? "the target has no id" : "id " + target.vmid() + " is not listed";
            return new PolicyVerdict(PolicyVerdict.Kind.DENY, what + " in the policy's allow.vmids " + allowVmids, "allow.vmids");
        }
        return null;
    }
}
