package dev.labcrew.cli;

import dev.labcrew.core.analysis.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the crew did on one incident: the right cause on the right target, the fix, the decisive line quoted.
 * A finding is judged only on the incident's target, so a right cause found elsewhere does not count.
 */
record EvalVerdict(String id, boolean cause, boolean fix, boolean evidence, long millis, String found, String error) {

    static EvalVerdict judge(EvalIncident incident, List<Finding> findings, long millis) {
        EvalIncident.Expect expect = incident.expect();
        List<Finding> onTarget = findings.stream().filter(f -> targets(f, expect.target())).toList();
        Optional<Finding> match = onTarget.stream().filter(f -> expect.cause().equals(f.id())).findFirst();
        String found = onTarget.stream().map(f -> f.id() == null ? f.analyzer() : f.id()).distinct()
            .reduce((a, b) -> a + "," + b).orElse("-");
        if (match.isEmpty()) {
            return new EvalVerdict(incident.id(), false, false, false, millis, found, null);
        }
        Finding f = match.get();
        String fixText = f.fix() + " " + (f.action() == null ? "" : f.action().tool() + " " + f.action().arguments());
        boolean quoted = f.evidence().stream().anyMatch(line -> line.contains(expect.evidence()));
        return new EvalVerdict(incident.id(), true, fixText.contains(expect.fix()), quoted, millis, found, null);
    }

    static EvalVerdict failed(String id, long millis, String error) {
        return new EvalVerdict(id, false, false, false, millis, "-", error);
    }

    boolean right() {
        return cause && fix && evidence;
    }

    private static boolean targets(Finding f, String target) {
        return f.target() != null && Arrays.asList(f.target().split(",")).contains(target);
    }
}
