package dev.labcrew.proxmox.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.PveMock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterApiTest {
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
    void should_list_every_guest_of_the_cluster_with_one_request() throws Exception {
        server.enqueue(PveMock.fixture("cluster/resources/type-vm.json"));

        List<ClusterResource> guests = client.cluster().guests();

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api2/json/cluster/resources?type=vm");
        assertThat(guests).extracting(ClusterResource::vmid).containsExactly(101, 102, 200, 9000);
        ClusterResource docker = guests.get(1);
        assertThat(docker.isLxc()).isTrue();
        assertThat(docker.node()).isEqualTo("pve1");
        assertThat(docker.tags()).isEqualTo("docker;prod");
        assertThat(guests.get(0).isLxc()).isFalse();
        assertThat(guests.get(0).hastate()).isEqualTo("started");
        assertThat(guests.get(2).lock()).isEqualTo("backup");
    }

    @Test
    void should_return_only_node_rows_of_the_cluster_status() throws Exception {
        server.enqueue(PveMock.fixture("cluster/status/two-nodes.json"));

        List<ClusterNode> nodes = client.cluster().status();

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api2/json/cluster/status");
        assertThat(nodes).containsExactly(new ClusterNode("pve1", true, "192.168.10.11", true),
                new ClusterNode("pve2", false, "192.168.10.12", false));
    }

    @Test
    void should_read_the_version() throws Exception {
        server.enqueue(PveMock.fixture("version/pve8.json"));

        assertThat(client.cluster().version()).isEqualTo(new PveVersion("8.2.4", "8.2", "faa83925c9641325"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api2/json/version");
    }

    @Test
    void should_locate_a_guest_on_its_node() {
        server.enqueue(PveMock.fixture("cluster/resources/type-vm.json"));

        assertThat(client.cluster().locate(200).node()).isEqualTo("pve2");
    }

    @Test
    void should_fail_with_not_found_when_no_guest_has_the_vmid() {
        server.enqueue(PveMock.fixture("cluster/resources/type-vm.json"));

        ProxmoxException e = catchThrowableOfType(ProxmoxException.class, () -> client.cluster().locate(99));

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("No guest with VMID 99 in the cluster");
        assertThat(e.hint()).contains("VM.Audit");
    }

    @Test
    void should_return_an_empty_list_for_an_empty_cluster() {
        server.enqueue(PveMock.json("{\"data\":[]}"));

        assertThat(client.cluster().guests()).isEmpty();
    }
}
