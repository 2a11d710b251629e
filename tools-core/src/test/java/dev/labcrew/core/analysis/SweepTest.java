package dev.labcrew.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweepTest {
    @Test
    void should_keep_order_and_isolate_failures() {
        try (Sweep sweep = Sweep.quiet()) {
            List<Sweep.Outcome<Integer, String>> out = sweep.each(List.of(1, 2, 3), i -> {
                if (i == 2) {
                    throw new IllegalStateException("guest 2 is gone");
                }
                return "ok " + i;
            });
            assertThat(out).extracting(Sweep.Outcome::value).containsExactly("ok 1", null, "ok 3");
            assertThat(out.get(1).failure()).hasMessage("guest 2 is gone");
        }
    }

    @Test
    void should_bound_concurrency() {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        try (Sweep sweep = new Sweep(line -> { }, 2)) {
            sweep.each(List.of(1, 2, 3, 4, 5, 6), i -> {
                max.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now.decrementAndGet();
                return i;
            });
        }
        assertThat(max.get()).isLessThanOrEqualTo(2);
    }
}
