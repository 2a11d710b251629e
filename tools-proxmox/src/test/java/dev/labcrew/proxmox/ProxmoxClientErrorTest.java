package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxmoxClientErrorTest {
    private final MockWebServer server = new MockWebServer();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ProxmoxClient.create(PveMock.config(server).retry(1, Duration.ZERO, Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ProxmoxException failureOf(Runnable call) {
        ProxmoxException e = catchThrowableOfType(ProxmoxException.class, call::run);
        assertThat(e).as("expected a ProxmoxException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(PveMock.SECRET);
        assertThat(e.hint()).doesNotContain(PveMock.SECRET);
        return e;
    }

    private ProxmoxException getFails(String path) {
        return failureOf(() -> client.get(path, Map.of()));
    }

    @Test
    void should_map_401_to_auth_failed_with_the_header_format_in_the_hint() {
        server.enqueue(PveMock.error(401, "Authentication failed!", "{\"data\":null}"));

        ProxmoxException e = getFails("/version");

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTH_FAILED);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).startsWith("Proxmox rejected the API token").contains("Authentication failed!");
        assertThat(e.hint()).isEqualTo("check PROXMOX_TOKEN_ID is USER@REALM!TOKENID and PROXMOX_TOKEN_SECRET is the "
                + "token's UUID; header format PVEAPIToken=USER@REALM!TOKENID=SECRET");
    }

    @Test
    void should_map_403_to_permission_denied_naming_privilege() {
        server.enqueue(PveMock.error(403, "Permission check failed (/vms/102, VM.Audit)",
                PveMock.read("errors/403-vm-audit.json")));

        ProxmoxException e = getFails("/nodes/pve1/lxc/102/config");

        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("VM.Audit").contains("/vms/102").contains("GET /nodes/pve1/lxc/102/config");
        assertThat(e.hint()).startsWith("pveum acl modify /vms/102 --tokens 'root@pam!labcrew' --roles PVEAuditor");
        assertThat(e.reason()).isEqualTo("Permission check failed (/vms/102, VM.Audit)");
    }

    @Test
    void should_map_403_for_syslog_to_a_sysadmin_role_on_the_node() {
        server.enqueue(PveMock.error(403, "Permission check failed (/nodes/pve1, Sys.Syslog)", "{\"data\":null}"));

        ProxmoxException e = getFails("/nodes/pve1/syslog");

        assertThat(e.getMessage()).contains("lacks Sys.Syslog on /nodes/pve1");
        assertThat(e.hint()).contains("pveum acl modify /nodes/pve1 --tokens 'root@pam!labcrew' --roles PVESysAdmin");
    }

    @Test
    void should_map_403_root_only_feature_change_to_a_hint_that_tokens_cannot_do_it() {
        server.enqueue(PveMock.error(403,
                "Permission check failed (changing feature flags (except nesting) is only allowed for root@pam)",
                "{\"data\":null}"));

        ProxmoxException e = failureOf(() -> client.writes().put("/nodes/pve1/lxc/102/config", Map.of("features", "fuse=1")));

        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(e.hint()).contains("API tokens can never do this");
    }

    @Test
    void should_map_400_to_bad_input_listing_each_parameter_error() {
        server.enqueue(PveMock.error(400, "Parameter verification failed.", PveMock.read("errors/400-param.json")));

        ProxmoxException e = failureOf(() -> client.writes().post("/nodes/pve1/lxc/102/snapshot", Map.of("snapname", "Bad Name")));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.paramErrors()).containsOnlyKeys("snapname", "vmid")
                .containsEntry("vmid", "value must have a minimum value of 100");
        assertThat(e.getMessage()).contains("snapname: invalid format").contains("vmid: value must have a minimum value of 100");
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.path()).isEqualTo("/nodes/pve1/lxc/102/snapshot");
    }

    @Test
    void should_map_500_does_not_exist_to_not_found_using_the_body_message() {
        server.enqueue(PveMock.error(500, "Configuration file 'nodes/pve1/lxc/105.conf' does not exist",
                PveMock.read("errors/500-config-missing.json")));

        ProxmoxException e = getFails("/nodes/pve1/lxc/105/config");

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.reason()).isEqualTo("Configuration file 'nodes/pve1/lxc/105.conf' does not exist");
        assertThat(e.getMessage()).isEqualTo(
                "GET /nodes/pve1/lxc/105/config: Configuration file 'nodes/pve1/lxc/105.conf' does not exist");
    }

    @Test
    void should_fall_back_to_the_reason_phrase_when_the_body_has_no_message() {
        server.enqueue(PveMock.error(500, "no such resource 'ct:334'", "{\"data\":null}"));

        ProxmoxException e = getFails("/cluster/ha/resources/ct:334");

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.reason()).isEqualTo("no such resource 'ct:334'");
    }

    @Test
    void should_map_500_already_running_to_conflict() {
        server.enqueue(PveMock.error(500, "CT 102 already running", "{\"data\":null,\"message\":\"CT 102 already running\\n\"}"));

        ProxmoxException e = failureOf(() -> client.writes().post("/nodes/pve1/lxc/102/status/start", Map.of()));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void should_map_500_ct_is_locked_to_locked() {
        server.enqueue(PveMock.error(500, "CT is locked (disk)", "{\"data\":null}"));

        ProxmoxException e = failureOf(() -> client.writes().post("/nodes/pve1/lxc/102/status/start", Map.of()));

        assertThat(e.kind()).isEqualTo(ErrorKind.LOCKED);
        assertThat(e.hint()).contains("pct unlock");
    }

    @Test
    void should_map_500_lock_timeout_to_locked() {
        server.enqueue(PveMock.error(500, "can't lock file '/run/lock/lxc/pve-config-200.lock' - got timeout",
                PveMock.read("errors/500-lock-timeout.json")));

        assertThat(getFails("/nodes/pve1/lxc/200/config").kind()).isEqualTo(ErrorKind.LOCKED);
    }

    @Test
    void should_map_missing_api_root_to_bad_input_with_base_url_hint() {
        server.enqueue(PveMock.error(500, "no such file '/version'", "{\"data\":null}"));

        ProxmoxException e = getFails("/version");

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.hint()).contains("/api2/json");
    }

    @Test
    void should_keep_other_500_messages_as_remote_error() {
        server.enqueue(PveMock.error(500, "storage 'tank' is not online", "{\"data\":null}"));

        ProxmoxException e = getFails("/nodes/pve1/storage/tank/status");

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE_ERROR);
        assertThat(e.getMessage()).contains("storage 'tank' is not online");
    }

    @Test
    void should_map_501_to_remote_error() {
        server.enqueue(PveMock.error(501, "Method 'GET /nodes/pve1/nothing' not implemented", "{\"data\":null}"));

        ProxmoxException e = getFails("/nodes/pve1/nothing");

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE_ERROR);
        assertThat(e.status()).isEqualTo(501);
    }

    @Test
    void should_map_596_to_unreachable_node_with_cluster_status_hint() {
        server.enqueue(PveMock.error(596, "Broken pipe", ""));

        ProxmoxException e = getFails("/nodes/pve2/lxc/200/status/current");

        assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
        assertThat(e.status()).isEqualTo(596);
        assertThat(e.getMessage()).contains("node unreachable through the cluster proxy (596 Broken pipe)");
        assertThat(e.hint()).contains("/cluster/status");
    }

    @Test
    void should_map_a_body_that_is_not_json_to_malformed_response() {
        server.enqueue(new MockResponse(200, okhttp3.Headers.of(), "<html><body>Login</body></html>"));

        ProxmoxException e = getFails("/version");

        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("<html>");
    }

    @Test
    void should_map_json_without_data_to_malformed_response() {
        server.enqueue(PveMock.json("[1,2,3]"));

        assertThat(getFails("/version").kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }

    @Test
    void should_map_a_shape_mismatch_to_malformed_response() {
        server.enqueue(PveMock.json("{\"data\":{\"not\":\"a list\"}}"));

        ProxmoxException e = failureOf(() -> client.cluster().guests());

        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }

    @Test
    void should_map_connection_refused_to_unreachable_naming_the_settings() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ProxmoxConfig config = ProxmoxConfig.builder().url("http://127.0.0.1:" + closedPort).allowHttp(true)
                .tokenId(PveMock.TOKEN_ID).tokenSecret(PveMock.SECRET).retry(1, Duration.ZERO, Duration.ZERO).build();

        try (ProxmoxClient offline = ProxmoxClient.create(config)) {
            ProxmoxException e = failureOf(() -> offline.get("/version", Map.of()));

            assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
            assertThat(e.status()).isZero();
            assertThat(e.hint()).contains("PROXMOX_URL").contains("PROXMOX_HOST");
        }
    }

    @Test
    void should_map_read_timeout_to_timeout() {
        server.enqueue(PveMock.json("{\"data\":{}}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        ProxmoxConfig config = PveMock.config(server).readTimeout(Duration.ofMillis(200))
                .retry(1, Duration.ZERO, Duration.ZERO).build();

        try (ProxmoxClient slow = ProxmoxClient.create(config)) {
            ProxmoxException e = failureOf(() -> slow.get("/version", Map.of()));

            assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        }
    }
}
