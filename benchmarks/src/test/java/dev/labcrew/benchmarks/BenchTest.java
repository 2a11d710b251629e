package dev.labcrew.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void should_measure_every_tool_and_the_overhead_on_a_tiny_cluster() {
        // given a one-node cluster of three guests and the smoke iterations
        List<ClusterSize> sizes = List.of(new ClusterSize(1, 3));

        // when
        List<SizeResult> results = Bench.run(sizes, Iterations.smoke());

        // then every tool answered without error, with at least one request and some output
        List<Row> rows = results.get(0).rows();
        assertThat(rows.size()).isIn(1 + ClusterBench.GUEST_TOOLS.size() + ClusterBench.LAB_TOOLS.size() + 1,
            1 + ClusterBench.GUEST_TOOLS.size() + ClusterBench.LAB_TOOLS.size() + ClusterBench.VM_TOOLS.size() + 1);
        assertThat(rows).extracting(Row::tool).containsAll(ClusterBench.LAB_TOOLS);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.error()).as(row.tool()).isFalse();
            assertThat(row.requests()).as(row.tool()).isPositive();
        });
        assertThat(rows).filteredOn(row -> !row.tool().equals(ClusterBench.TRIAGE))
            .allSatisfy(row -> assertThat(row.tokens()).as(row.tool()).isPositive());
        assertThat(results.get(0).overhead().bareMicros()).isPositive();
        assertThat(results.get(0).overhead().reads()).as("the GETs of check_lxc_status, done bare").isPositive();
        TriageAtRtt rtt = results.get(0).triageAtRtt();
        assertThat(rtt.requests()).isPositive();
        assertThat(rtt.wallMs()).as("every response waited at least one RTT").isGreaterThanOrEqualTo(rtt.idealMs());
        assertThat(new Report(results).markdown()).contains("## Triage at a fixed RTT");
        assertThat(new Report(results).markdown()).contains("| list_lxc_containers | 3 |")
            .contains("| 3 | " + results.get(0).containers() + " | ");
        assertThat(results.get(0).containers()).isPositive();
        assertThat(new Report(results).markdown()).doesNotContain("## Start-up");
        assertThat(new Report(results, new Startup(30, 540, 369, 87_000)).markdown()).contains("## Start-up and memory")
            .contains("| 30 | 540 | 18.0 | 369 | 12.3 | 84 |");
    }
}
