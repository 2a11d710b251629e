package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding before ranking: what {@link Finding} shows, plus what ranking needs (kind, confidence,
 * which causes explain it, which findings it covers, whether it came from the start's evidence).
 */
record Candidate(String id, Kind kind, Severity severity, Confidence confidence, String title, String cause,
        List<String> evidence, String fix, boolean needsHost, List<String> explainedBy, List<String> covers,
        boolean aboutStart, String symptomOf) {

    static Candidate of(SignatureSpec spec, Signature.Match match, Map<String, String> globals) {
        Map<String, String> values = new HashMap<>(globals);
        values.putAll(match.values());
        return new Candidate(spec.id(), spec.kind(), spec.severity(), spec.confidence(),
                Template.fill(spec.title(), values), Template.fill(spec.cause(), values), match.evidence(),
                Template.fill(spec.fix(), values), spec.needsHost(), spec.explainedBy(), spec.covers(), true, null);
    }

    static Candidate of(ConfigCheckSpec spec, ConfigCheck.Hit hit, Map<String, String> globals) {
        Map<String, String> values = new HashMap<>(globals);
        values.putAll(hit.values());
        return new Candidate(spec.id(), Kind.CHECK, spec.severity(), Confidence.HIGH, Template.fill(spec.title(), values),
                Template.fill(spec.cause(), values), hit.evidence(), Template.fill(spec.fix(), values),
                spec.needsHost(), List.of(), List.of(), false, null);
    }

    /** This finding as a mere consequence of {@code root}: INFO, and no fix of its own. */
    Candidate explainedBy(Candidate root) {
        boolean sure = root.confidence() != Confidence.LOW;
        String label = (sure ? "Symptom of " : "Probable symptom of ") + root.id() + ": ";
        String because = sure ? "Explained by finding " + root.id() + "; not a separate root cause. "
                : "Probably explained by finding " + root.id() + " (not confirmed); not a separate root cause. ";
        return new Candidate(id, kind, Severity.INFO, confidence, label + title, because + cause, evidence,
                "No separate fix: fixing " + root.id() + " resolves it.", false, explainedBy, covers, aboutStart,
                root.id());
    }

    /** At most as severe as {@code ceiling}. */
    Candidate cappedAt(Severity ceiling) {
        if (severity.ordinal() >= ceiling.ordinal()) {
            return this;
        }
        return new Candidate(id, kind, ceiling, confidence, title, cause, evidence, fix, needsHost, explainedBy,
                covers, aboutStart, symptomOf);
    }

    boolean isCause() {
        return kind == Kind.CAUSE;
    }

    Finding toFinding() {
        return new Finding(id, severity, title, cause, evidence, fix, needsHost);
    }
}
