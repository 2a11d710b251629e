package dev.labcrew.docker.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetworkToolsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_every_network_in_brief() {
        NetworkReport report = new NetworkTools(lab.hosts).inspectDockerNetwork(null, null);
        assertThat(report.networks()).extracting(NetworkInfo::name).containsExactly("bridge", "host", "none", "paperless_default", "proxy");
        assertThat(report.toText()).contains("172.20.0.0/16 gateway 172.20.0.1").contains("network=NAME");
    }

    @Test
    void should_show_one_network_with_its_containers_addresses() {
        NetworkReport report = new NetworkTools(lab.hosts).inspectDockerNetwork("proxy", null);
        NetworkInfo proxy = report.networks().get(0);
        assertThat(proxy.containers()).hasSize(4).allMatch(c -> c.matches("\\S+ 172\\.20\\.0\\.\\d+/16 mac 02:42:\\S+"));
        assertThat(proxy.containers()).anyMatch(c -> c.startsWith("jellyfin "));
        assertThat(report.toText()).contains("network proxy").contains("driver bridge").contains("4 containers attached");
    }

    @Test
    void should_report_an_unknown_network_as_not_found() {
        var result = lab.call("inspect_docker_network", Map.of("network", "nope"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(result.text()).contains("network nope not found");
    }
}
