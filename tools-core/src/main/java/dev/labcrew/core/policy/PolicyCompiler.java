package dev.labcrew.core.policy;

import dev.labcrew.core.Risk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates a {@link PolicyDocument} and builds the {@link Policy} it describes. */
final class PolicyCompiler {
    private PolicyCompiler() {
    }

    static Policy compile(PolicyDocument doc) {
        Set<Risk> twoPerson = risks(doc.twoPersonRule, "twoPersonRule");
        if (twoPerson.contains(Risk.READ_ONLY)) {
            throw new PolicyError("twoPersonRule", "READ_ONLY calls are never approved by anyone, so they cannot need two");
        }
        PolicyDocument.Allow allow = doc.allow == null ? new PolicyDocument.Allow() : doc.allow;
        List<PolicyRule> rules = new ArrayList<>();
        List<PolicyDocument.RuleDocument> written = doc.rules == null ? List.of() : doc.rules;
        for (int i = 0; i < written.size(); i++) {
            rules.add(rule(written.get(i), "rules[" + i + "]", twoPerson));
        }
        PolicyVerdict.Kind fallback = kind(doc.defaultDecision == null ? "ask" : doc.defaultDecision, "default");
        if (fallback == PolicyVerdict.Kind.APPROVE) {
            throw new PolicyError("default", "must be ask or deny: approving whatever no rule covers is not a policy");
        }
        return new Policy(Boolean.TRUE.equals(doc.readOnly), names(allow.nodes, "allow.nodes", false),
                IdRanges.parse(allow.vmids, "allow.vmids"), twoPerson, rules, fallback);
    }

    private static PolicyRule rule(PolicyDocument.RuleDocument doc, String field, Set<Risk> twoPerson) {
        if (doc == null) {
            throw new PolicyError(field, "is empty");
        }
        String name = doc.name == null || doc.name.isBlank() ? field : doc.name.strip();
        if (doc.decision == null) {
            throw new PolicyError(field + ".decision", "is missing (approve, deny or ask)");
        }
        PolicyVerdict.Kind kind = kind(doc.decision, field + ".decision");
        Set<Risk> risks = risks(doc.risks, field + ".risks");
        if (kind == PolicyVerdict.Kind.APPROVE && risks.stream().anyMatch(twoPerson::contains)) {
            throw new PolicyError(field + ".risks", "rule '" + name + "' approves " + risks
                    + " but twoPersonRule requires two human approvers for " + twoPerson);
        }
        List<ToolPattern> tools = names(doc.tools, field + ".tools", false).stream().map(ToolPattern::new).toList();
        return new PolicyRule(name, tools, names(doc.tags, field + ".tags", true), IdRanges.parse(doc.vmids, field + ".vmids"),
                names(doc.nodes, field + ".nodes", false), risks, kind, doc.reason == null ? "" : doc.reason.strip());
    }

    private static PolicyVerdict.Kind kind(String value, String field) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "approve" -> PolicyVerdict.Kind.APPROVE;
            case "deny" -> PolicyVerdict.Kind.DENY;
            case "ask" -> PolicyVerdict.Kind.ASK;
            default -> throw new PolicyError(field, "'" + value + "' is not approve, deny or ask");
        };
    }

    private static Set<Risk> risks(List<String> values, String field) {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                risks.add(Risk.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new PolicyError(field, "'" + value + "' is not READ_ONLY, MUTATING or DESTRUCTIVE");
            }
        }
        return risks;
    }

    private static Set<String> names(List<String> values, String field, boolean lowerCase) {
        if (values == null) {
            return Set.of();
        }
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new PolicyError(field, "holds an empty name");
        }
        return values.stream().map(v -> lowerCase ? v.strip().toLowerCase(Locale.ROOT) : v.strip())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
