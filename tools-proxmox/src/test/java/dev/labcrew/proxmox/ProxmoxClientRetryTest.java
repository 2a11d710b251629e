package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.ErrorKind;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxmoxClientRetryTest {
    private static final String LOCK_TIMEOUT = "can't lock file '/run/lock/lxc/pve-config-200.lock' - got timeout";

    private final MockWebServer server = new MockWebServer();
    private final PveMock.RecordingSleeper sleeper = new PveMock.RecordingSleeper();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ProxmoxClient.create(PveMock.config(server)
                .retry(4, Duration.ofMillis(400), Duration.ofSeconds(5)).sleeper(sleeper).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse lockTimeout() {
        return PveMock.error(500, LOCK_TIMEOUT, PveMock.read("errors/500-lock-timeout.json"));
    }

    @Test
    void should_retry_lock_timeout_then_succeed() {
        server.enqueue(lockTimeout());
        server.enqueue(PveMock.fixture("nodes/lxc/config.json"));

        LxcConfigCheck.assertHostname(client.lxc().config("pve1", 200), "docker-host");

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(480));
    }

    @Test
    void should_give_up_after_max_attempts_with_a_clear_locked_error() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(lockTimeout());
        }

        assertThatThrownBy(() -> client.get("/nodes/pve1/lxc/200/config", Map.of()))
                .isInstanceOfSatisfying(ProxmoxException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.LOCKED);
                    assertThat(e.getMessage()).contains(LOCK_TIMEOUT);
                });
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.waits).hasSize(3);
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(960));
        assertThat(sleeper.waits.get(2)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(1920));
    }

    @Test
    void should_not_retry_a_host_name_that_does_not_resolve_and_name_it() {
        ProxmoxClient unresolved = ProxmoxClient.create(PveMock.config(server).url("http://no-such-host.invalid:8006/api2/json")
                .retry(4, Duration.ofMillis(400), Duration.ofSeconds(5)).sleeper(sleeper).build());

        assertThatThrownBy(() -> unresolved.get("/version", Map.of()))
                .isInstanceOfSatisfying(ProxmoxException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("no-such-host.invalid did not resolve");
                    assertThat(e.hint()).contains("PROXMOX_URL");
                });
        assertThat(sleeper.waits).isEmpty();
        unresolved.close();
    }

    @Test
    void should_not_retry_403() {
        server.enqueue(PveMock.error(403, "Permission check failed (/vms/200, VM.Audit)", "{\"data\":null}"));
        server.enqueue(PveMock.json("{\"data\":{}}"));

        assertThatThrownBy(() -> client.get("/nodes/pve1/lxc/200/config", Map.of()))
                .isInstanceOf(ProxmoxException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void should_not_retry_401_or_400() {
        server.enqueue(PveMock.error(401, "Authentication failed!", "{\"data\":null}"));
        server.enqueue(PveMock.error(400, "Parameter verification failed.", "{\"data\":null}"));

        assertThatThrownBy(() -> client.get("/version", Map.of())).isInstanceOf(ProxmoxException.class);
        assertThatThrownBy(() -> client.writes().post("/nodes/pve1/lxc/200/snapshot", Map.of())).isInstanceOf(ProxmoxException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_retry_a_post_refused_with_ct_is_locked_since_it_did_not_run() {
        server.enqueue(PveMock.error(500, "CT is locked (snapshot)", "{\"data\":null}"));
        server.enqueue(PveMock.json("{\"data\":\"UPID:pve1:00002B3C:1598E4A4:6661B000:vzstart:200:root@pam!labcrew:\"}"));

        assertThat(client.writes().post("/nodes/pve1/lxc/200/status/start", Map.of()).asText()).startsWith("UPID:");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_retry_a_get_after_596_but_not_a_post() {
        server.enqueue(PveMock.error(596, "Broken pipe", ""));
        server.enqueue(PveMock.json("{\"data\":{\"status\":\"running\"}}"));
        server.enqueue(PveMock.error(596, "Broken pipe", ""));

        assertThat(client.get("/nodes/pve2/lxc/200/status/current", Map.of()).path("status").asText()).isEqualTo("running");
        assertThatThrownBy(() -> client.writes().post("/nodes/pve2/lxc/200/status/stop", Map.of()))
                .isInstanceOfSatisfying(ProxmoxException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void should_retry_a_post_after_595_since_the_proxy_could_not_connect() {
        server.enqueue(PveMock.error(595, "Connection refused", ""));
        server.enqueue(PveMock.json("{\"data\":\"UPID:pve2:00002B3C:1598E4A4:6661B000:vzstop:200:root@pam!labcrew:\"}"));

        assertThat(client.writes().post("/nodes/pve2/lxc/200/status/stop", Map.of()).asText()).startsWith("UPID:pve2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_retry_a_get_after_the_connection_drops() {
        server.enqueue(PveMock.json("{\"data\":{}}").newBuilder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(PveMock.fixture("version/pve8.json"));

        assertThat(client.cluster().version().version()).isEqualTo("8.2.4");
        assertThat(sleeper.waits).isNotEmpty();
    }

    @Test
    void should_not_resend_a_post_after_the_connection_drops() {
        server.enqueue(PveMock.json("{\"data\":\"UPID:x\"}").newBuilder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(PveMock.json("{\"data\":\"UPID:second\"}"));

        assertThatThrownBy(() -> client.writes().post("/nodes/pve1/lxc/200/snapshot", Map.of("snapname", "s1")))
                .isInstanceOfSatisfying(ProxmoxException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void should_not_retry_remote_errors() {
        server.enqueue(PveMock.error(500, "storage 'tank' is not online", "{\"data\":null}"));

        assertThatThrownBy(() -> client.get("/nodes/pve1/storage/tank/status", Map.of()))
                .isInstanceOfSatisfying(ProxmoxException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE_ERROR));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** Keeps the assertion on the model short. */
    private static final class LxcConfigCheck {
        static void assertHostname(dev.labcrew.proxmox.lxc.LxcConfig config, String hostname) {
            assertThat(config.hostname()).isEqualTo(hostname);
        }
    }
}
