package dev.labcrew.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.tool.ToolResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HealerTest {
    private static Finding finding(int vmid) {
        return new Finding("test", Severity.CRITICAL, "ct/" + vmid + "@pve1", "down", List.of(), "cause", "fix",
            new ProposedAction("start_lxc", Map.of("vmid", vmid), "it is down"), List.of());
    }

    @Test
    void should_propose_with_the_sweeps_bounded_concurrency_and_report_in_the_findings_order() {
        List<Finding> findings = IntStream.of(101, 102, 103, 104, 105, 106, 107, 108, 101).mapToObj(HealerTest::finding).toList();
        CyclicBarrier fourAtOnce = new CyclicBarrier(4);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        Healer healer = new Healer((tool, args) -> {
            calls.incrementAndGet();
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                fourAtOnce.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("fewer than four proposals ran at once", e);
            } finally {
                inFlight.decrementAndGet();
            }
            return new ToolResult(tool, ToolResult.Outcome.PENDING, "PENDING approval for " + args.get("vmid"), null, null, "");
        });

        List<ActionRecord> records;
        try (Sweep sweep = new Sweep(line -> { }, 4)) {
            records = healer.heal(findings, sweep);
        }

        assertThat(calls).hasValue(8);
        assertThat(most.get()).isEqualTo(4);
        assertThat(records).extracting(ActionRecord::target)
            .containsExactly("ct/101@pve1", "ct/102@pve1", "ct/103@pve1", "ct/104@pve1", "ct/105@pve1", "ct/106@pve1", "ct/107@pve1", "ct/108@pve1");
        assertThat(records).allSatisfy(r -> assertThat(r.status()).isEqualTo(ActionRecord.Status.PENDING));
    }

    @Test
    void should_record_a_proposal_that_failed_without_losing_the_others() {
        Healer healer = new Healer((tool, args) -> {
            if (Integer.valueOf(102).equals(args.get("vmid"))) {
                throw new IllegalStateException("connection reset");
            }
            return new ToolResult(tool, ToolResult.Outcome.DENIED, "DENIED by alice: no", null, null, "");
        });

        List<ActionRecord> records;
        try (Sweep sweep = Sweep.quiet()) {
            records = healer.heal(List.of(finding(101), finding(102), finding(103)), sweep);
        }

        assertThat(records).extracting(ActionRecord::status)
            .containsExactly(ActionRecord.Status.DENIED, ActionRecord.Status.FAILED, ActionRecord.Status.DENIED);
        assertThat(records.get(1).result()).contains("connection reset");
    }
}
