package dev.labcrew.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalystTest {

    @Test
    void should_keep_one_finding_per_cause_per_target_the_most_severe() {
        Finding fromConfig = finding("config", Severity.WARNING, "ct/306@pve1", "docker-without-nesting", "config: tags: docker");
        Finding fromKernel = finding("kernel", Severity.CRITICAL, "ct/306@pve1", "docker-without-nesting", "kernel: apparmor=\"DENIED\"");
        Finding otherTarget = finding("config", Severity.WARNING, "ct/307@pve1", "docker-without-nesting", "config: tags: docker");
        Finding gapA = finding("kernel", Severity.INFO, "node/pve1", "gap", "gap: a");
        Finding gapB = finding("tasks", Severity.INFO, "node/pve1", "gap", "gap: b");

        List<Finding> kept = new Analyst(List.of(analyzer("config", fromConfig, otherTarget), analyzer("kernel", fromKernel, gapA),
            analyzer("tasks", gapB))).analyze(Sweep.quiet()).findings();

        assertThat(kept).containsExactlyInAnyOrder(fromKernel, otherTarget, gapA, gapB);
    }

    private static Finding finding(String analyzer, Severity severity, String target, String id, String evidence) {
        return new Finding(analyzer, severity, target, analyzer + " saw " + id, List.of(evidence), "c", "f", null, List.of(), id);
    }

    private static Analyzer analyzer(String name, Finding... findings) {
        return new Analyzer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Finding> analyze(Sweep sweep) {
                return List.of(findings);
            }
        };
    }
}
