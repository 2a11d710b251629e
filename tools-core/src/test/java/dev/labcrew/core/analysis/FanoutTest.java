package dev.labcrew.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FanoutTest {

    @Test
    void should_run_the_reads_at_once_and_answer_in_the_items_order() {
        // each read waits until all four have started: one after another, none would ever return true
        CountDownLatch allStarted = new CountDownLatch(4);
        List<String> answers = Fanout.map(List.of("d", "c", "b", "a"), item -> {
            allStarted.countDown();
            try {
                return item + (allStarted.await(10, TimeUnit.SECONDS) ? ":together" : ":alone");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(answers).containsExactly("d:together", "c:together", "b:together", "a:together");
    }

    @Test
    void should_fail_with_the_first_failing_items_exception_after_every_read_ended() {
        CountDownLatch ended = new CountDownLatch(3);
        assertThatThrownBy(() -> Fanout.map(List.of(1, 2, 3), n -> {
            try {
                if (n > 1) {
                    throw new IllegalArgumentException("no " + n);
                }
                return n;
            } finally {
                ended.countDown();
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no 2");
        assertThat(ended.getCount()).isZero();
    }

    @Test
    void should_read_through_the_callers_shared_reads_or_fresh_as_the_caller_does() {
        try (Sweep sweep = Sweep.quiet()) {
            List<Sweep.Outcome<String, List<Boolean>>> inSweep = sweep.each(List.of("x"),
                item -> Fanout.map(List.of(1, 2, 3), n -> SharedReads.current() == sweep.reads()));
            assertThat(inSweep.get(0).value()).containsOnly(true);

            List<Sweep.Outcome<String, List<Boolean>>> fresh = sweep.each(List.of("x"),
                item -> SharedReads.fresh(() -> Fanout.map(List.of(1, 2, 3), n -> SharedReads.current() == null)));
            assertThat(fresh.get(0).value()).containsOnly(true);
        }
        assertThat(Fanout.map(List.of(1, 2), n -> SharedReads.current())).containsOnlyNulls();
    }
}
