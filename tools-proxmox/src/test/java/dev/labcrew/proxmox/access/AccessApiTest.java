package dev.labcrew.proxmox.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveMock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessApiTest {
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

    @Test
    void should_ask_for_one_path_and_return_every_listed_privilege() throws Exception {
        server.enqueue(PveMock.fixture("access/permissions/vms-102.json"));

        Map<String, Set<String>> permissions = client.access().permissions("/vms/102");

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("path")).isEqualTo("/vms/102");
        // the value is the propagate flag: VM.PowerMgmt with 0 is granted on /vms/102 itself
        assertThat(permissions).containsOnlyKeys("/vms/102");
        assertThat(permissions.get("/vms/102")).containsExactly("VM.Audit", "VM.Console", "VM.PowerMgmt");
    }

    @Test
    void should_list_all_acl_paths_without_a_path() throws Exception {
        server.enqueue(PveMock.fixture("access/permissions/all.json"));

        Map<String, Set<String>> permissions = client.access().permissions(null);

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api2/json/access/permissions");
        assertThat(permissions.keySet()).containsExactly("/", "/nodes/pve1", "/vms");
        assertThat(permissions.get("/nodes/pve1")).containsExactly("Sys.Syslog");
    }

    @Test
    void should_read_the_privileges_of_a_path_when_pve_answers_with_the_whole_map() throws Exception {
        server.enqueue(PveMock.fixture("access/permissions/whole-map.json"));

        Set<String> held = client.access().privilegesOn("/vms/102");

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("path")).isEqualTo("/vms/102");
        // propagated from / and /vms, plus the path's own; VM.PowerMgmt on /vms does not propagate (0)
        assertThat(held).containsExactly("Sys.Audit", "VM.Audit", "VM.Console");
    }

    @Test
    void should_read_the_privileges_of_a_path_when_pve_answers_with_that_path() throws Exception {
        server.enqueue(PveMock.fixture("access/permissions/vms-102.json"));

        assertThat(client.access().privilegesOn("/vms/102")).containsExactly("VM.Audit", "VM.Console", "VM.PowerMgmt");
    }
}
