package dev.labcrew.core.analysis;

import dev.labcrew.core.Severity;
import java.util.List;

/**
 * One problem found in a lab.
 *
 * @param analyzer the analyzer that found it
 * @param severity how urgent it is
 * @param target what it is about, e.g. {@code ct/102@pve1} or {@code docker/web@local}
 * @param title one line
 * @param evidence the exact lines that show it, each prefixed with where it came from
 * @param cause why it happens
 * @param fix what to do, concretely
 * @param action a tool call that would fix it, or null when none fits (then a human must act)
 * @param manualSteps what a human must do by hand that no API can (e.g. a file on the host), or empty
 * @param id the stable id of the cause or check ({@code run-pve-missing}), or null when the finding has none
 */
public record Finding(String analyzer, Severity severity, String target, String title, List<String> evidence, String cause,
                      String fix, ProposedAction action, List<String> manualSteps, String id) {
    /** A finding without a stable id. */
    public Finding(String analyzer, Severity severity, String target, String title, List<String> evidence, String cause,
                   String fix, ProposedAction action, List<String> manualSteps) {
        this(analyzer, severity, target, title, evidence, cause, fix, action, manualSteps, null);
    }

    public Finding {
        evidence = List.copyOf(evidence);
        manualSteps = List.copyOf(manualSteps);
    }
}
