package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.store.StateStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Notifying never holds up the caller, sends once per new entry, and finishes before the store closes. */
class NotifyingStoreTest {
    private static ActionProposal proposal() {
        return new ActionProposal("restart_lxc", Map.of("vmid", 200), "ct/200@pve1", Risk.MUTATING, "why", List.of("running -> restarted"),
            "none", Map.of("status", "running"), Instant.parse("2026-12-05T10:00:00Z"));
    }

    @Test
    void should_answer_the_caller_before_the_notice_is_sent_and_send_it_once_before_closing() throws Exception {
        CountDownLatch slowChannel = new CountDownLatch(1);
        List<String> sent = new CopyOnWriteArrayList<>();
        NotifyingStore store = new NotifyingStore(StateStore.temporary(), entry -> {
            try {
                slowChannel.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.add(entry.id());
        });

        PendingApproval first = store.submit(proposal(), 1);
        PendingApproval again = store.submit(proposal(), 1);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(sent).isEmpty();
        slowChannel.countDown();
        store.close();
        assertThat(sent).containsExactly(first.id());
    }
}
