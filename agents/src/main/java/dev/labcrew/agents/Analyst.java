package dev.labcrew.agents;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the analyzers and ranks what they found: most severe first, then findings that come with a
 * fix action, then by target. An analyzer that fails is noted and the sweep goes on.
 */
public final class Analyst {
    private final List<Analyzer> analyzers;

    public Analyst(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    /** The ranked findings, and a note for each analyzer that could not run. */
    public record Result(List<Finding> findings, List<String> notes) {
    }

    public Result analyze(Sweep sweep) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Analyzer analyzer : analyzers) {
            try {
                for (Finding f : analyzer.analyze(sweep)) {
                    unique.putIfAbsent(f.target() + "|" + f.title(), f);
                }
            } catch (RuntimeException e) {
                notes.add("analyzer " + analyzer.name() + " could not run: " + e.getMessage());
                sweep.progress(analyzer.name() + ": failed: " + e.getMessage());
            }
        }
        // compared within each target only: a whole-cluster sweep has thousands of findings on as many targets
        Map<String, List<Finding>> byTarget = new LinkedHashMap<>();
        unique.values().forEach(f -> byTarget.computeIfAbsent(f.target(), t -> new ArrayList<>()).add(f));
        List<Finding> ranked = new ArrayList<>(unique.values());
        ranked.removeIf(f -> subsumed(f, byTarget.get(f.target())));
        ranked.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.action() == null)
            .thenComparing(Finding::target));
        return new Result(ranked, notes);
    }

    /**
     * A finding adds nothing when a more severe one about the same target already shows all its evidence, or names
     * the same cause (id) at least as severely: one finding per cause per target, whichever analyzer saw it first.
     *
     * @param all the findings about {@code f}'s target, in the order the analyzers reported them
     */
    private static boolean subsumed(Finding f, List<Finding> all) {
        return all.stream().anyMatch(other -> other != f
            && (other.severity().compareTo(f.severity()) < 0 && !f.evidence().isEmpty()
                && other.evidence().containsAll(f.evidence())
                || sameCause(other, f) && other.severity().compareTo(f.severity()) <= 0
                    && (other.severity() != f.severity() || firstOf(all, other, f))));
    }

    private static boolean sameCause(Finding a, Finding b) {
        return a.id() != null && a.id().equals(b.id()) && !"gap".equals(a.id()) && !"unknown".equals(a.id());
    }

    private static boolean firstOf(List<Finding> all, Finding a, Finding b) {
        for (Finding f : all) {
            if (f == a) {
                return true;
            }
            if (f == b) {
                return false;
            }
        }
        return false;
    }

    static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
