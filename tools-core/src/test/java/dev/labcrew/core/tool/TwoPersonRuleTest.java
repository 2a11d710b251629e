package dev.labcrew.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.ConsoleApprovalGate;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult.Outcome;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-person rule is the executor's, whatever the channel: one terminal yes, one elicitation accept
 * or one queue approval counts as one person, and a person counted once is not counted twice.
 */
class TwoPersonRuleTest {
    private static final Policy TWO_FOR_MUTATING = Policy.parse("{\"twoPersonRule\":[\"MUTATING\"]}", false);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final DoorTools lab = new DoorTools();
    private StateStore store;

    @BeforeEach
    void open() {
        store = StateStore.sqlite(dir.resolve("labcrew.db"), dir.resolve("audit.key"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ToolRuntime runtime(ApprovalGate gate) {
        return ToolRuntime.builder().catalog(ToolCatalog.of(lab)).action("open_door", lab.new OpenDoor())
            .policy(TWO_FOR_MUTATING).store(store).clock(clock).gate(gate).build();
    }

    private ApprovalGate terminal(String who) {
        return new ConsoleApprovalGate(new BufferedReader(new StringReader("y\nfine\n")), new PrintWriter(new StringWriter()), who,
            clock, Duration.ofMinutes(15));
    }

    /** A gate that approves as whoever it claims: what a caller-made gate or a made-up client name would do. */
    private static ApprovalGate claiming(String who) {
        return proposal -> Decision.approved(proposal, who, "", ApprovalIds.next("x"), null);
    }

    private PendingApproval only() {
        return store.list().stream().reduce((a, b) -> b).orElseThrow();
    }

    private void approveInQueue(String who) {
        PendingApproval entry = only();
        store.decide(entry.id(), Vote.of(who, "queue", true, "", clock.instant(), entry.proposal().hash()));
    }

    @Test
    void should_wait_for_a_second_person_after_one_terminal_yes() {
        ToolResult first = runtime(terminal("alice")).call("open_door", Map.of("door", 1));

        assertThat(first.outcome()).as(first.text()).isEqualTo(Outcome.PENDING);
        assertThat(first.text()).contains("approval 1 of 2").contains("alice");
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_run_once_a_second_person_approves_in_the_queue() {
        runtime(terminal("alice")).call("open_door", Map.of("door", 1));
        approveInQueue("bob");

        ToolResult done = runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1));

        assertThat(done.outcome()).as(done.text()).isEqualTo(Outcome.OK);
        assertThat(lab.performed).hasValue(1);
        assertThat(only().status()).isEqualTo(PendingApproval.Status.USED);
    }

    @Test
    void should_not_count_the_same_person_twice_across_channels() {
        runtime(terminal("alice")).call("open_door", Map.of("door", 1));
        assertThatThrownBy(() -> approveInQueue("alice")).isInstanceOf(LabcrewException.class).hasMessageContaining("already decided");

        ToolResult again = runtime(terminal("alice")).call("open_door", Map.of("door", 1));

        assertThat(again.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(again.text()).contains("alice already decided on it");
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_take_one_vote_per_call_from_any_gate() {
        ToolResult first = runtime(claiming("alice")).call("open_door", Map.of("door", 1));
        assertThat(first.outcome()).isEqualTo(Outcome.PENDING);
        // A runtime's gate is chosen when it is built; each call brings one answer, and two answers need two calls
        // through gates the application registered: that is the channel's authentication, not the caller's word.
        ToolResult second = runtime(claiming("bob")).call("open_door", Map.of("door", 1));
        assertThat(second.outcome()).isEqualTo(Outcome.OK);
        assertThat(only().approvers()).isEqualTo("alice and bob");
    }

    @Test
    void should_refuse_a_decision_row_written_without_the_key() throws Exception {
        runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1));
        PendingApproval entry = only();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("labcrew.db"));
             PreparedStatement forge = raw.prepareStatement("INSERT INTO decisions (approval_id, proposal_hash, verdict, approver,"
                 + " channel, reason, decided_at, mac) VALUES (?, ?, 'APPROVED', ?, 'queue', 'forged', ?, ?)")) {
            for (String who : new String[] {"alice", "bob"}) {
                forge.setString(1, entry.id());
                forge.setString(2, entry.proposal().hash());
                forge.setString(3, who);
                forge.setString(4, clock.instant().toString());
                forge.setString(5, "0".repeat(64));
                forge.executeUpdate();
            }
        }

        ToolResult result = runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1));

        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(result.text()).contains("REFUSED").contains("did not record");
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_ignore_an_approval_bound_to_another_proposal() {
        runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1));
        PendingApproval entry = only();
        ActionProposal other = runtime(ApprovalGate.queue()).propose("open_door", Map.of("door", 2));
        store.decide(entry.id(), Vote.of("bob", "queue", true, "", clock.instant(), other.hash()));
        store.decide(entry.id(), Vote.of("carol", "queue", true, "", clock.instant(), other.hash()));

        assertThat(runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1)).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_count_a_person_named_nobody_like_anyone_else() {
        // An OS account or an MCP token named "nobody" is one person; the name does not make an answer final.
        ToolResult first = runtime(claiming(ApprovalGate.NOBODY)).call("open_door", Map.of("door", 1));

        assertThat(first.outcome()).as(first.text()).isEqualTo(Outcome.PENDING);
        assertThat(first.text()).contains("approval 1 of 2");
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_refuse_an_approval_from_a_gate_that_asks_nobody() {
        ApprovalGate asksNobody = new ApprovalGate() {
            @Override
            public Decision decide(ActionProposal proposal) {
                return Decision.approved(proposal, "alice", "", "", null);
            }

            @Override
            public String channel() {
                return ApprovalGate.NOBODY;
            }
        };

        ToolResult result = runtime(asksNobody).call("open_door", Map.of("door", 1));

        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(result.text()).contains("REFUSED");
        assertThat(lab.performed).hasValue(0);
    }

    @Test
    void should_expire_when_the_oldest_of_two_approvals_is_stale() {
        runtime(terminal("alice")).call("open_door", Map.of("door", 1));
        clock.advance(Duration.ofMinutes(14));
        approveInQueue("bob");
        clock.advance(Duration.ofMinutes(2));

        ToolResult late = runtime(ApprovalGate.queue()).call("open_door", Map.of("door", 1));

        assertThat(late.outcome()).as(late.text()).isNotEqualTo(Outcome.OK);
        assertThat(lab.performed).hasValue(0);
    }
}
