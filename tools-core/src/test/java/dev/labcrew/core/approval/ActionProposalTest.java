package dev.labcrew.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an approval binds to: every word the human read, not the caller's reason or the time. */
class ActionProposalTest {
    private static ActionProposal proposal(List<String> preview, String undo, String reason, Instant at) {
        return new ActionProposal("rollback_lxc_snapshot", Map.of("vmid", 101, "snapname", "pre"), "ct/101@pve1", Risk.DESTRUCTIVE,
            reason, preview, undo, Map.of("status", "running"), at);
    }

    private static final List<String> PREVIEW = List.of("LOST: every change since snapshot 'pre' was taken 2026-12-05 14:03 UTC");
    private static final Instant T = Instant.parse("2026-12-05T15:00:00Z");

    @Test
    void should_bind_the_approval_to_the_preview_and_undo_the_human_read() {
        String approved = proposal(PREVIEW, "none", "", T).hash();

        assertThat(proposal(List.of("LOST: nothing"), "none", "", T).hash()).isNotEqualTo(approved);
        assertThat(proposal(PREVIEW, "take a snapshot first", "", T).hash()).isNotEqualTo(approved);
        assertThat(proposal(PREVIEW, "none", "", T).requestHash()).isEqualTo(proposal(List.of("other"), "x", "", T).requestHash());
    }

    @Test
    void should_not_bind_to_the_callers_reason_or_the_time() {
        String approved = proposal(PREVIEW, "none", "", T).hash();

        assertThat(proposal(PREVIEW, "none", "because I said so", T.plusSeconds(600)).hash()).isEqualTo(approved);
    }
}
