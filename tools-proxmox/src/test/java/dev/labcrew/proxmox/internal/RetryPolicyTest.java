package dev.labcrew.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final List<Duration> waits = new ArrayList<>();
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(400), Duration.ofSeconds(2), waits::add, () -> 0.0);

    private static ProxmoxException failure(ErrorKind kind, int status, Throwable cause) {
        return new ProxmoxException(kind, "x", "", "GET", "/x", status, "", null, cause);
    }

    @Test
    void should_back_off_exponentially_up_to_the_maximum() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(1600));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void should_add_at_most_20_percent_jitter_and_stay_bounded() {
        RetryPolicy jittery = new RetryPolicy(4, Duration.ofMillis(400), Duration.ofSeconds(2), d -> { }, () -> 0.999);

        assertThat(jittery.delayAfter(1)).isEqualTo(Duration.ofMillis(480));
        assertThat(jittery.delayAfter(3)).isEqualTo(Duration.ofMillis(1920));
        assertThat(jittery.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void should_wait_through_the_sleeper() {
        assertThat(policy.pause(Duration.ofMillis(400))).isTrue();
        assertThat(waits).containsExactly(Duration.ofMillis(400));
    }

    @Test
    void should_retry_transient_failures_of_a_get_until_the_bound() {
        ProxmoxException locked = failure(ErrorKind.LOCKED, 500, null);

        assertThat(policy.shouldRetry("GET", locked, 1)).isTrue();
        assertThat(policy.shouldRetry("GET", locked, 3)).isTrue();
        assertThat(policy.shouldRetry("GET", locked, 4)).isFalse();
        assertThat(policy.shouldRetry("GET", failure(ErrorKind.TIMEOUT, 0, new SocketTimeoutException("timeout")), 1)).isTrue();
        assertThat(policy.shouldRetry("GET", failure(ErrorKind.UNREACHABLE, 596, null), 1)).isTrue();
    }

    @Test
    void should_never_retry_permanent_failures() {
        for (ErrorKind kind : List.of(ErrorKind.AUTH_FAILED, ErrorKind.PERMISSION_DENIED, ErrorKind.BAD_INPUT,
                ErrorKind.NOT_FOUND, ErrorKind.CONFLICT, ErrorKind.TLS, ErrorKind.REMOTE_ERROR, ErrorKind.MALFORMED_RESPONSE)) {
            assertThat(policy.shouldRetry("GET", failure(kind, 500, null), 1)).as(kind.name()).isFalse();
        }
    }

    @Test
    void should_retry_writes_only_when_they_surely_did_not_run() {
        assertThat(policy.shouldRetry("POST", failure(ErrorKind.LOCKED, 500, null), 1)).isTrue();
        assertThat(policy.shouldRetry("PUT", failure(ErrorKind.UNREACHABLE, 595, null), 1)).isTrue();
        assertThat(policy.shouldRetry("DELETE", failure(ErrorKind.UNREACHABLE, 0, new ConnectException("refused")), 1)).isTrue();
        assertThat(policy.shouldRetry("POST", failure(ErrorKind.UNREACHABLE, 596, null), 1)).isFalse();
        assertThat(policy.shouldRetry("POST", failure(ErrorKind.UNREACHABLE, 0, new IOException("Connection reset")), 1)).isFalse();
        assertThat(policy.shouldRetry("POST", failure(ErrorKind.TIMEOUT, 0, new SocketTimeoutException("timeout")), 1)).isFalse();
    }
}
