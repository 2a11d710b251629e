package dev.labcrew.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an entry counts its votes: people, not rows; the oldest approval sets the expiry. */
class PendingApprovalTest {
    private static final ActionProposal P = new ActionProposal("open_door", Map.of("door", 1), "door/1", Risk.MUTATING, "",
        List.of("closed -> open"), "close it", Map.of("state", "closed"), Instant.parse("2026-12-05T10:00:00Z"));
    private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");

    private static Vote yes(String who, Instant at) {
        return Vote.of(who, "queue", true, "", at, P.hash());
    }

    @Test
    void should_count_each_approver_once_however_many_rows_they_have() {
        PendingApproval entry = new PendingApproval("a1", P, 2, List.of(yes("alice", T), yes("alice", T.plusSeconds(5))), T, null, null, "");

        assertThat(entry.approvals()).hasSize(1);
        assertThat(entry.status()).isEqualTo(PendingApproval.Status.PENDING);
    }

    @Test
    void should_expire_with_the_oldest_approval() {
        PendingApproval entry = new PendingApproval("a1", P, 2, List.of(yes("alice", T), yes("bob", T.plusSeconds(840))), T, null, null, "");

        assertThat(entry.expiresAt(Duration.ofMinutes(15))).isEqualTo(T.plus(Duration.ofMinutes(15)));
    }
}
