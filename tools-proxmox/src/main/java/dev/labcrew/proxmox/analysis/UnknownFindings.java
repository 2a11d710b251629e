package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.proxmox.diagnosis.UnknownFailure;
import java.util.ArrayList;
import java.util.List;

/** A failure no known signature explains: the exact failing line, the lines around it, and what to read next. */
final class UnknownFindings {
    static final int AROUND = 2;

    private UnknownFindings() {
    }

    static Finding of(String analyzer, String target, String what, UnknownFailure unknown, List<String> log, String nextRead) {
        List<String> evidence = new ArrayList<>();
        evidence.add(unknown.source() + ": " + unknown.failingLine());
        int at = log.indexOf(unknown.failingLine());
        if (at >= 0) {
            for (int i = Math.max(0, at - AROUND); i <= Math.min(log.size() - 1, at + AROUND); i++) {
                if (i != at) {
                    evidence.add("around it: " + log.get(i));
                }
            }
        }
        return new Finding(analyzer, Severity.CRITICAL, target, what + " for an unknown reason", evidence,
            "No known signature matches, so no cause is given; the failing step is " + unknown.step() + ".",
            "Read next: " + nextRead + ", and the lines before the failing one.", null, List.of(target + ": " + nextRead),
            "unknown");
    }
}
