package dev.labcrew.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedReadsTest {
    @Test
    void should_read_each_key_once_per_sweep_and_not_outside_one() {
        AtomicInteger reads = new AtomicInteger();
        try (Sweep sweep = new Sweep(line -> { }, 4)) {
            List<Sweep.Outcome<Integer, String>> outcomes = sweep.each(List.of(1, 2, 3, 4, 5, 6, 7, 8), i ->
                SharedReads.current().get("GET /nodes/pve1/permissions", () -> "read " + reads.incrementAndGet()));

            assertThat(outcomes).extracting(Sweep.Outcome::value).containsOnly("read 1");
            assertThat(reads).hasValue(1);
            assertThat(sweep.reads().size()).isEqualTo(1);
        }
        assertThat(SharedReads.current()).as("the main thread is not a sweep's").isNull();
    }

    @Test
    void should_bypass_the_shared_reads_inside_fresh() {
        try (Sweep sweep = Sweep.quiet()) {
            List<Sweep.Outcome<Integer, Boolean>> outcomes = sweep.each(List.of(1),
                i -> SharedReads.fresh(() -> SharedReads.current() == null) && SharedReads.current() != null);

            assertThat(outcomes.get(0).value()).isTrue();
        }
    }

    @Test
    void should_not_keep_a_failed_read() {
        AtomicInteger attempts = new AtomicInteger();
        try (Sweep sweep = new Sweep(line -> { }, 1)) {
            List<Sweep.Outcome<Integer, String>> outcomes = sweep.each(List.of(1, 2), i -> SharedReads.current().get("k", () -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("timeout");
                }
                return "ok";
            }));

            assertThat(outcomes).extracting(Sweep.Outcome::failed).containsExactly(true, false);
            assertThat(outcomes.get(1).value()).isEqualTo("ok");
        }
        assertThatThrownBy(() -> new SharedReads().get(null, () -> "x")).isInstanceOf(NullPointerException.class);
    }
}
