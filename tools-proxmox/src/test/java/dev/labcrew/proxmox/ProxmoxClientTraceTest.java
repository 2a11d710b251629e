package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxmoxClientTraceTest {
    private final MockWebServer server = new MockWebServer();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ProxmoxClient.create(PveMock.config(server).trace(lines::add).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void should_trace_one_line_per_exchange_with_method_path_status_and_millis() {
        server.enqueue(PveMock.fixture("cluster/resources/type-vm.json"));

        client.cluster().guests();

        assertThat(lines).singleElement().asString()
                .matches("GET /api2/json/cluster/resources\\?type=vm 200 \\d+ms");
    }

    @Test
    void should_trace_each_retry_attempt() {
        server.enqueue(PveMock.error(500, "CT is locked (disk)", "{\"data\":null}"));
        server.enqueue(PveMock.json("{\"data\":null}"));

        client.writes().put("/nodes/pve1/lxc/102/config", Map.of("memory", "1024"));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("PUT /api2/json/nodes/pve1/lxc/102/config 500 \\d+ms");
        assertThat(lines.get(1)).matches("PUT /api2/json/nodes/pve1/lxc/102/config 200 \\d+ms");
    }

    @Test
    void should_trace_err_when_no_response_arrives() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ProxmoxConfig config = ProxmoxConfig.builder().url("http://127.0.0.1:" + closedPort).allowHttp(true).tokenId(PveMock.TOKEN_ID)
                .tokenSecret(PveMock.SECRET).retry(2, Duration.ZERO, Duration.ZERO).sleeper(d -> { })
                .trace(lines::add).build();

        try (ProxmoxClient offline = ProxmoxClient.create(config)) {
            assertThatThrownBy(() -> offline.get("/version", Map.of())).isInstanceOf(ProxmoxException.class);
        }

        assertThat(lines).hasSize(2).allMatch(l -> l.matches("GET /api2/json/version ERR \\d+ms"));
    }

    @Test
    void should_never_put_the_token_in_trace_lines() {
        server.enqueue(PveMock.error(401, "Authentication failed!", "{\"data\":null}"));
        server.enqueue(PveMock.json("{\"data\":null}"));

        assertThatThrownBy(() -> client.get("/version", Map.of())).isInstanceOf(ProxmoxException.class);
        client.writes().post("/nodes/pve1/lxc/102/status/start", Map.of("skiplock", "0"));

        assertThat(lines).hasSize(2).noneMatch(l -> l.contains(PveMock.SECRET) || l.contains("PVEAPIToken"));
    }

    @Test
    void should_keep_working_when_the_trace_consumer_throws() {
        server.enqueue(PveMock.fixture("version/pve8.json"));
        ProxmoxConfig config = PveMock.config(server).trace(l -> {
            throw new IllegalStateException("broken sink");
        }).build();

        try (ProxmoxClient tolerant = ProxmoxClient.create(config)) {
            assertThat(tolerant.cluster().version().release()).isEqualTo("8.2");
        }
    }
}
