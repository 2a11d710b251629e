package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List, state and usage of containers on the demo engine (Docker 29). */
class ContainerToolsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;
    private ContainerTools tools;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
        tools = new ContainerTools(lab.hosts);
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_troubled_containers_first_with_restarts_health_and_ports() {
        ContainerList list = tools.listDockerContainers(null, null);
        assertThat(list.containers()).hasSize(7);
        assertThat(list.containers().subList(0, 3)).extracting(ContainerRow::name)
            .containsExactlyInAnyOrder("jellyfin", "backup-job", "paperless-worker");
        ContainerRow worker = list.containers().stream().filter(r -> r.name().equals("paperless-worker")).findFirst().orElseThrow();
        assertThat(worker.state()).isEqualTo("restarting");
        assertThat(worker.restarts()).isGreaterThanOrEqualTo(14);
        assertThat(worker.oomKilled()).isTrue();
        assertThat(list.toText()).contains("7 containers on local (5 running, 3 troubled)").contains("unhealthy")
            .contains("OOM-killed, exit 137").contains("80->80/tcp,443->443/tcp");
    }

    @Test
    void should_filter_by_state_and_refuse_an_unknown_state_before_any_request() {
        assertThat(tools.listDockerContainers("exited", null).containers()).extracting(ContainerRow::name).containsExactly("backup-job");
        ToolResult bad = lab.call("list_docker_containers", Map.of("status", "sleeping"));
        assertThat(bad.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(bad.text()).contains("running, ");
    }

    @Test
    void should_show_an_oom_killed_crash_loop_with_its_memory_limit() {
        ContainerStatus status = tools.checkContainerStatus("paperless-worker", null);
        assertThat(status.restarting()).isTrue();
        assertThat(status.oomKilled()).isTrue();
        assertThat(status.exitCode()).isEqualTo(137);
        assertThat(status.memoryLimit()).isEqualTo(256L << 20);
        assertThat(status.restartPolicy()).isEqualTo("always");
        assertThat(status.toText()).contains("RESTARTING").contains("OOMKilled").contains("256.0 MiB").contains("crash loop");
    }

    @Test
    void should_show_failing_health_probes() {
        ContainerStatus status = tools.checkContainerStatus("jellyfin", null);
        assertThat(status.health()).isEqualTo("unhealthy");
        assertThat(status.failingStreak()).isEqualTo(12);
        assertThat(status.healthLog()).hasSize(3).allMatch(p -> p.startsWith("exit 1: curl: (28)"));
    }

    @Test
    void should_find_a_container_by_id_prefix() {
        String id = tools.checkContainerStatus("proxy", null).id();
        assertThat(tools.checkContainerStatus(id.substring(0, 6), null).name()).isEqualTo("proxy");
    }

    @Test
    void should_compute_cpu_and_memory_without_cache_from_stats_with_two_samples() {
        ContainerUsage usage = tools.getContainerResourceUsage("jellyfin", null);
        assertThat(usage.cpuPercent()).isCloseTo(97.5, within(0.01));
        assertThat(usage.onlineCpus()).isEqualTo(4);
        assertThat(usage.memoryUsed()).isEqualTo((long) (1.4 * (1L << 30)));
        assertThat(usage.toText()).contains("cpu 97.5%").contains("without page cache");
        assertThat(docker.fake().requests()).anyMatch(r -> r.apiPath().endsWith("/stats") && r.query().equals("stream=false"));
    }

    @Test
    void should_not_ask_for_stats_of_a_container_that_does_not_run() {
        ContainerUsage usage = tools.getContainerResourceUsage("backup-job", null);
        assertThat(usage.running()).isFalse();
        assertThat(usage.toText()).contains("is exited");
        assertThat(tools.getContainerResourceUsage("paperless-worker", null).toText()).contains("is restarting");
        assertThat(docker.fake().requests()).noneMatch(r -> r.apiPath().endsWith("/stats"));
    }

    @Test
    void should_report_an_unknown_container_as_not_found_and_a_bad_name_without_a_request() {
        ToolResult missing = lab.call("check_container_status", Map.of("container", "nope"));
        assertThat(missing.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(missing.text()).contains("No such container: nope");
        docker.fake().clearRequests();
        ToolResult bad = lab.call("check_container_status", Map.of("container", "../etc"));
        assertThat(bad.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(docker.fake().requests()).isEmpty();
    }
}
