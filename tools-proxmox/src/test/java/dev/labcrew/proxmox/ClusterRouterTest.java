package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two simulated clusters at once, each with its own CA, behind one router. */
class ClusterRouterTest {
    private static FakeProxmox home;
    private static FakeProxmox lab;
    private static final Map<String, ProxmoxClient> clients = new LinkedHashMap<>();
    private static ClusterRouter router;

    @BeforeAll
    static void start() {
        home = FakeProxmox.builder().scenario("homelab-incidents").build().start();
        lab = FakeProxmox.builder().scenario("large-cluster:nodes=2,guests=20").build().start();
        Map<String, ToolRuntime> runtimes = new LinkedHashMap<>();
        Map<String, FakeProxmox> fakes = new LinkedHashMap<>();
        fakes.put("home", home);
        fakes.put("lab", lab);
        for (var e : fakes.entrySet()) {
            FakeProxmox fake = e.getValue();
            ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().cluster(e.getKey()).url(fake.baseUrl())
                .tokenId(fake.tokenId()).tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem())
                .retry(1, Duration.ofMillis(1), Duration.ofMillis(1)).build());
            clients.put(e.getKey(), client);
        }
        clients.forEach((name, client) -> runtimes.put(name, ProxmoxToolset.runtime(client).build()));
        router = new ClusterRouter(runtimes, clients);
    }

    @AfterAll
    static void stop() {
        clients.values().forEach(ProxmoxClient::close);
        home.close();
        lab.close();
    }

    @Test
    void should_list_every_cluster_labelled() {
        ToolResult result = router.call("list_lxc_containers", Map.of());
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.text()).contains("CLUSTER home").contains("CLUSTER lab").contains("ugreen-ai-terminal");
        assertThat(((Map<?, ?>) result.value()).keySet()).map(Object::toString).containsExactly("home", "lab");
    }

    @Test
    void should_send_a_call_naming_its_cluster_there_only() {
        int before = lab.requests().size();
        ToolResult result = router.call("check_lxc_status", Map.of("vmid", 102, "cluster", "home"));
        assertThat(result.text()).contains("ugreen-ai-terminal");
        assertThat(lab.requests()).hasSize(before);
        assertThat(router.call("check_lxc_status", Map.of("vmid", 102, "cluster", "office")).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
    }

    @Test
    void should_find_the_one_cluster_holding_a_vmid_and_refuse_an_ambiguous_one() {
        assertThat(router.call("check_vm_status", Map.of("vmid", 9000)).text()).contains("debian12-cloud");
        ToolResult ambiguous = router.call("check_lxc_status", Map.of("vmid", 102));
        assertThat(ambiguous.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(ambiguous.text()).contains("home and lab");
        assertThat(router.call("check_lxc_status", Map.of("vmid", 4242)).errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void should_target_a_guest_with_its_cluster_and_never_fan_out_a_change() {
        ToolResult preview = router.call("stop_vm", Map.of("vmid", 9000, "dry_run", true));
        assertThat(preview.errorKind()).isEqualTo(ErrorKind.BAD_INPUT); // a template never runs
        ToolResult stop = router.call("stop_vm", Map.of("vmid", 110, "cluster", "home", "dry_run", true));
        assertThat(stop.text()).contains("vm/110@pve2@home").contains("DESTRUCTIVE");
    }
}
