package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The diagnosis of one container's startup: ranked findings (most severe and most certain first,
 * root causes before the symptoms they explain), an unknown failure when the start failed and no
 * known signature matched, and the evidence that could not be read.
 *
 * @param vmid the container id
 * @param status the container status the diagnosis was made for
 * @param findings ranked findings
 * @param unknown the unexplained failure, or null
 * @param gaps evidence that could not be read
 */
public record StartupDiagnosis(int vmid, String status, List<Finding> findings, UnknownFailure unknown,
        List<String> gaps) implements TextResult {

    /** Copies both lists. */
    public StartupDiagnosis {
        findings = List.copyOf(findings);
        gaps = List.copyOf(gaps);
    }

    /** True when the container runs and no finding is {@link Severity#CRITICAL}. */
    public boolean healthy() {
        return "running".equals(status) && findings.stream().noneMatch(f -> f.severity() == Severity.CRITICAL);
    }

    @Override
    public String toText() {
        return DiagnosisText.render(this);
    }
}
