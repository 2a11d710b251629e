package dev.labcrew.proxmox.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final List<KnownSignature> known = StartupDiagnostician.withBuiltInKnowledge().signatures();

    @Test
    void should_describe_every_signature_and_config_check() {
        assertThat(known).hasSizeGreaterThanOrEqualTo(60 + 7);
        assertThat(known).extracting(KnownSignature::id).doesNotHaveDuplicates().containsSubsequence(
                "run-pve-missing", "run-pve-suspected", "monitor-socket-timeout", "ct-pid-unavailable",
                "dev-fuse-mount-failed", "prestart-hook-failed", "lock-timeout", "ct-locked", "systemd-needs-nesting",
                "guest-fuse-device-missing", "config-not-found", "already-running", "node-unreachable",
                "task-interrupted", "systemctl-start-failed", "proc-mount-failed", "start-failed",
                "fuse-raw-mount", "docker-without-nesting", "privileged-container", "privileged-nesting",
                "stale-lock", "lock-in-use", "host-bind-mounts");
        assertThat(known).allSatisfy(k -> {
            assertThat(k.sources()).isNotEmpty();
            assertThat(k.lookIn()).isNotEmpty();
        });
    }

    @Test
    void should_reject_a_knowledge_base_with_an_unknown_placeholder_or_reference() {
        SignatureSpec bad = new SignatureSpec("x", Kind.CAUSE, Severity.WARNING, Confidence.HIGH, "t {nope}",
                List.of(Source.TASK_LOG), "any", List.of("boom"), null, null, List.of("ghost"), null, "c", "f",
                false, List.of("test"), "root shell on the host", null);
        Catalog.File file = new Catalog.File(1, List.of(bad), List.of());

        assertThatThrownBy(() -> new Catalog(file, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown placeholder {nope}")
                .hasMessageContaining("explainedBy unknown ghost");
    }

    @Test
    void should_reject_markdown_in_text_a_model_reads() {
        SignatureSpec bad = new SignatureSpec("x", Kind.CAUSE, Severity.WARNING, Confidence.HIGH, "t",
                List.of(Source.TASK_LOG), "any", List.of("boom"), null, null, null, null, "run `pct start`", "f",
                false, List.of("test"), "root shell on the host", null);

        assertThatThrownBy(() -> new Catalog(new Catalog.File(1, List.of(bad), List.of()), List.of()))
                .hasMessageContaining("markdown");
    }

    @Test
    void should_rank_critical_first_then_by_confidence() {
        String error = "can't lock file '/run/lock/lxc/pve-config-300.lock' - got timeout";
        StartupDiagnosis d = Evidence.ct(300).config("unprivileged", "0").config("features", "nesting=1").lock("backup")
                .start(error, "WARN: Systemd 256 detected. You may need to enable nesting.", "TASK ERROR: " + error)
                .diagnose();

        assertThat(d.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(d.findings().get(0).id()).isEqualTo("lock-timeout");
    }
}
