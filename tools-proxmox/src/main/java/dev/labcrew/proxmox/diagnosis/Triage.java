package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns matched candidates into ranked findings: drops covered and, once a cause is known, generic
 * ones; marks symptoms with the cause that explains them; caps start findings of a running container;
 * sorts by severity, then root causes before symptoms, then confidence.
 */
final class Triage {

    private static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> c.severity().ordinal())
            .thenComparing(c -> c.symptomOf() != null)
            .thenComparing(c -> c.confidence().ordinal());

    private Triage() {
    }

    static List<Candidate> rank(List<Candidate> candidates, StartupEvidence evidence) {
        Set<String> covered = candidates.stream().flatMap(c -> c.covers().stream()).collect(Collectors.toSet());
        List<Candidate> kept = candidates.stream().filter(c -> !covered.contains(c.id())).toList();
        boolean causeKnown = kept.stream().anyMatch(Candidate::isCause);
        Map<String, Candidate> present = kept.stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity(), (a, b) -> a));
        Severity ceiling = startCeiling(evidence);
        return kept.stream()
                .filter(c -> !(causeKnown && c.kind() == Kind.GENERIC))
                .map(c -> c.explainedBy().stream().map(present::get).filter(Objects::nonNull).findFirst()
                        .map(c::explainedBy).orElse(c))
                .map(c -> c.aboutStart() ? c.cappedAt(ceiling) : c)
                .sorted(RANK)
                .toList();
    }

    /**
     * How severe a start finding may be. A running container is not down, so at most WARNING; and when
     * its newest start did not fail (OK or WARNINGS), what the start logged is history: INFO.
     */
    static Severity startCeiling(StartupEvidence evidence) {
        if (!"running".equals(evidence.status())) {
            return Severity.CRITICAL;
        }
        StartTask task = evidence.lastStart();
        return task != null && task.failed() ? Severity.WARNING : Severity.INFO;
    }
}
