package dev.labcrew.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    /** Every batch written, in order. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    /**
     * Upper-cases each item; the batch holding "first" waits for {@link #releaseFirst}, so writes queue behind it, and
     * one holding "bad" fails.
     */
    private final GroupCommit<String, String> commit = new GroupCommit<>(items -> {
        batches.add(items);
        if (items.contains("first")) {
            firstStarted.countDown();
            await(releaseFirst);
        }
        if (items.contains("bad")) {
            throw new IllegalStateException("cannot write bad");
        }
        if (items.contains("down")) {
            throw new UnsupportedOperationException("the store is down");
        }
        return items.stream().map(String::toUpperCase).toList();
    }, failure -> failure instanceof IllegalStateException);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void should_write_the_callers_that_queued_behind_a_write_together_and_answer_each_its_own() throws Exception {
        Future<String> first = whileFirstIsWritten();
        List<Future<String>> queued = new ArrayList<>();
        for (String item : List.of("a", "b", "c")) {
            queued.add(pool.submit(() -> commit.write(item)));
        }
        waitUntilQueued(3);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(List.of(queued.get(0).get(10, TimeUnit.SECONDS), queued.get(1).get(10, TimeUnit.SECONDS),
            queued.get(2).get(10, TimeUnit.SECONDS))).containsExactly("A", "B", "C");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void should_fail_only_the_caller_whose_item_fails_when_a_batch_fails() throws Exception {
        Future<String> first = whileFirstIsWritten();
        Future<String> good = pool.submit(() -> commit.write("good"));
        Future<String> bad = pool.submit(() -> commit.write("bad"));
        waitUntilQueued(2);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("GOOD");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalStateException.class)
            .hasRootCauseMessage("cannot write bad");
        assertThat(batches).extracting(List::size).startsWith(1, 2); // the batch was tried whole, then item by item
        assertThat(commit.write("after")).isEqualTo("AFTER");
    }

    @Test
    void should_fail_every_caller_of_a_batch_without_writing_again_when_the_failure_is_not_one_items() throws Exception {
        Future<String> first = whileFirstIsWritten();
        Future<String> good = pool.submit(() -> commit.write("good"));
        Future<String> down = pool.submit(() -> commit.write("down"));
        waitUntilQueued(2);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        for (Future<String> caller : List.of(good, down)) {
            assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the store is down");
        }
        assertThat(batches).hasSize(2);
    }

    @Test
    void should_rethrow_a_lone_callers_failure_as_it_was() {
        assertThatThrownBy(() -> commit.write("bad")).isInstanceOf(IllegalStateException.class).hasMessage("cannot write bad");
        assertThat(commit.write("next")).isEqualTo("NEXT");
    }

    /** Starts writing "first" and returns once its batch is being written (and held). */
    private Future<String> whileFirstIsWritten() throws InterruptedException {
        Future<String> first = pool.submit(() -> commit.write("first"));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls until n callers wait for the next write: they are parked in wait() once they queued. */
    private void waitUntilQueued(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.queued() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(commit.queued()).isEqualTo(n);
    }
}
