package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call has one deadline that covers all its attempts and backoffs. */
class ProxmoxClientDeadlineTest {
    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    /** A server that accepts connections and never answers, as a hung pveproxy does. */
    @BeforeEach
    void listen() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private ProxmoxConfig.Builder silentHost() {
        return ProxmoxConfig.builder().url("http://127.0.0.1:" + silent.getLocalPort()).allowHttp(true)
                .tokenId(PveMock.TOKEN_ID).tokenSecret(PveMock.SECRET).sleeper(Sleeper.system());
    }

    private static ProxmoxException timeOf(ProxmoxConfig config, long[] millis) {
        try (ProxmoxClient client = ProxmoxClient.create(config)) {
            long start = System.nanoTime();
            ProxmoxException e = catchThrowableOfType(ProxmoxException.class, () -> client.get("/cluster/resources", Map.of()));
            millis[0] = (System.nanoTime() - start) / 1_000_000L;
            return e;
        }
    }

    @Test
    void should_give_up_on_a_silent_server_at_the_deadline_not_after_every_attempt() {
        long[] millis = new long[1];
        ProxmoxConfig config = silentHost().readTimeout(Duration.ofMillis(600)).timeout(Duration.ofMillis(900))
                .retry(4, Duration.ofMillis(20), Duration.ofMillis(40)).build();

        ProxmoxException e = timeOf(config, millis);

        assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        // Bounds wide enough for a loaded 2-core machine: what matters is the deadline, not 4 attempts of 600 ms (2.4 s).
        assertThat(millis[0]).as("4 attempts of 600 ms would take 2.4 s").isBetween(850L, 2_200L);
        assertThat(accepted).as("at most the attempts that fit in the deadline").hasSizeBetween(1, 2);
        assertThat(e.hint()).contains("PROXMOX_TIMEOUT");
    }

    @Test
    void should_default_to_sixty_seconds_per_call() {
        assertThat(silentHost().build().timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void should_not_start_a_retry_whose_backoff_ends_past_the_deadline() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(PveMock.error(500, "can't lock file '/run/lock/lxc/pve-config-200.lock' - got timeout",
                    PveMock.read("errors/500-lock-timeout.json")));
            server.enqueue(PveMock.json("{\"data\":{}}"));
            server.start();
            PveMock.RecordingSleeper sleeper = new PveMock.RecordingSleeper();
            ProxmoxConfig config = PveMock.config(server).timeout(Duration.ofSeconds(1))
                    .retry(4, Duration.ofSeconds(2), Duration.ofSeconds(5)).sleeper(sleeper).build();

            try (ProxmoxClient client = ProxmoxClient.create(config)) {
                ProxmoxException e = catchThrowableOfType(ProxmoxException.class,
                        () -> client.get("/nodes/pve1/lxc/200/config", Map.of()));

                assertThat(e.kind()).isEqualTo(ErrorKind.LOCKED);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.waits).isEmpty();
        }
    }
}
