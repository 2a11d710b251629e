package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.PveMock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries of a write live in one layer: an approved action whose request meets a lasting lock goes out at most as
 * many times as the client's attempts, never attempts times attempts. Against PVE before 8.2, which refuses the
 * request itself with a 500 (the simulator models 8.2+, where the task fails instead: see LxcActionsTest).
 */
class WriteRetryTest {
    private static final String LOCK_TIMEOUT = "can't lock file '/run/lock/lxc/pve-config-102.lock' - got timeout";

    private final MockWebServer server = new MockWebServer();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private ProxmoxClient client;
    private ToolRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (!request.getMethod().equals("GET")) {
                    writes.add(request.getMethod() + " " + path);
                    return PveMock.error(500, LOCK_TIMEOUT, PveMock.read("errors/500-lock-timeout.json"));
                }
                if (path.endsWith("/status/current")) {
                    return PveMock.fixture("nodes/lxc/status-current-running.json");
                }
                return path.endsWith("/config") ? PveMock.fixture("nodes/lxc/config.json")
                    : PveMock.error(404, "Not Found", "{\"data\":null}");
            }
        });
        server.start();
        client = ProxmoxClient.create(PveMock.config(server).retry(4, Duration.ofMillis(1), Duration.ofMillis(2)).build());
        runtime = ProxmoxToolset.runtime(client).gate(p -> Decision.approved(p, "test", "approved by the test",
            ApprovalIds.next("test"), Instant.now().plusSeconds(900))).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void should_send_a_write_under_a_lasting_lock_at_most_four_times_in_all() {
        ToolResult result = runtime.call("stop_lxc", Map.of("vmid", 102, "node", "pve1", "reason", "test"));

        assertThat(result.errorKind()).as(result.text()).isEqualTo(ErrorKind.LOCKED);
        assertThat(writes).as("4 attempts of the client, not 4 x 4").hasSize(4)
            .containsOnly("POST /api2/json/nodes/pve1/lxc/102/status/stop");
    }
}
