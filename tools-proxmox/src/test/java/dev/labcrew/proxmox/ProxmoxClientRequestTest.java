package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxmoxClientRequestTest {
    private final MockWebServer server = new MockWebServer();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PveMock.client(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void should_send_get_with_query_and_token_header() throws Exception {
        server.enqueue(PveMock.json("{\"data\":[{\"vmid\":102}]}"));

        JsonNode data = client.get("/cluster/resources", Map.of("type", "vm"));

        assertThat(data.get(0).get("vmid").asInt()).isEqualTo(102);
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api2/json/cluster/resources?type=vm");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(PveMock.AUTH_HEADER);
    }

    @Test
    void should_sort_query_parameters_so_requests_are_reproducible() throws Exception {
        server.enqueue(PveMock.json("{\"data\":[]}"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("vmid", "102");
        query.put("limit", "5");
        query.put("typefilter", null);

        client.get("nodes/pve1/tasks/", query);

        assertThat(taken().getTarget()).isEqualTo("/api2/json/nodes/pve1/tasks?limit=5&vmid=102");
    }

    @Test
    void should_send_post_as_form_urlencoded_body_and_return_the_upid() throws Exception {
        String upid = "UPID:pve1:00002B3C:1598E4A4:6661B000:vzsnapshot:102:root@pam!labcrew:";
        server.enqueue(PveMock.json("{\"data\":\"" + upid + "\"}"));

        JsonNode data = client.writes().post("/nodes/pve1/lxc/102/snapshot",
                Map.of("snapname", "before-upgrade", "description", "pre apt & co"));

        assertThat(data.asText()).isEqualTo(upid);
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api2/json/nodes/pve1/lxc/102/snapshot");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8()).isEqualTo("description=pre+apt+%26+co&snapname=before-upgrade");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(PveMock.AUTH_HEADER);
    }

    @Test
    void should_send_put_with_form_body_and_return_null_node_for_null_data() throws Exception {
        server.enqueue(PveMock.json("{\"data\":null}"));

        JsonNode data = client.writes().put("/nodes/pve1/lxc/102/config",
                Map.of("memory", "4096", "digest", "3f1a9c0d2b7e6f5a4c3b2a1908f7e6d5c4b3a291"));

        assertThat(data.isNull()).isTrue();
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getBody().utf8()).isEqualTo("digest=3f1a9c0d2b7e6f5a4c3b2a1908f7e6d5c4b3a291&memory=4096");
    }

    @Test
    void should_send_delete_with_query_parameters() throws Exception {
        server.enqueue(PveMock.json("{\"data\":\"UPID:pve1:00002B3C:1598E4A4:6661B000:vzdelsnapshot:102:root@pam:\"}"));

        client.writes().delete("/nodes/pve1/lxc/102/snapshot/old", Map.of("force", "1"));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/api2/json/nodes/pve1/lxc/102/snapshot/old?force=1");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void should_encode_the_upid_as_one_path_segment() throws Exception {
        String upid = "UPID:pve1:00002B3C:1598E4A4:6661B000:vzstart:102:root@pam!labcrew:";
        server.enqueue(PveMock.json("{\"data\":{}}"));

        client.get("/nodes/pve1/tasks/" + upid + "/status", Map.of());

        assertThat(taken().getUrl().pathSegments())
                .containsExactly("api2", "json", "nodes", "pve1", "tasks", upid, "status");
    }

    @Test
    void should_map_data_leniently_with_a_type_reference() throws Exception {
        server.enqueue(PveMock.json("{\"data\":[{\"n\":\"1\",\"t\":\"TASK OK\",\"extra\":true}]}"));

        List<Map<String, Object>> lines = client.get("/nodes/pve1/tasks/x/log", Map.of(), new TypeReference<>() { });

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry("t", "TASK OK");
    }

    @Test
    void should_expose_the_envelope_total() throws Exception {
        server.enqueue(PveMock.json("{\"data\":[],\"total\":42}"));

        JsonNode envelope = client.getEnvelope("/nodes/pve1/syslog", Map.of("limit", "1"));

        assertThat(envelope.get("total").asInt()).isEqualTo(42);
    }
}
