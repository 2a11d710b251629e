package dev.labcrew.cli;

import static dev.labcrew.cli.ToolsCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Docker tools from the command line: beside the LXC ones, on the demo engine and on a configured one. */
class DockerCommandsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private static final Map<String, String> RISKS = Map.ofEntries(Map.entry("list_docker_containers", "READ_ONLY"),
        Map.entry("check_container_status", "READ_ONLY"), Map.entry("check_container_logs", "READ_ONLY"),
        Map.entry("get_container_resource_usage", "READ_ONLY"), Map.entry("list_docker_images", "READ_ONLY"),
        Map.entry("check_docker_volumes", "READ_ONLY"), Map.entry("inspect_docker_network", "READ_ONLY"),
        Map.entry("check_docker_system_health", "READ_ONLY"), Map.entry("restart_container", "MUTATING"),
        Map.entry("start_container", "MUTATING"), Map.entry("stop_container", "DESTRUCTIVE"),
        Map.entry("prune_docker_images", "DESTRUCTIVE"));

    @Test
    void should_list_the_docker_tools_beside_the_lxc_ones() throws Exception {
        Map<String, String> risks = new HashMap<>();
        for (JsonNode tool : new ObjectMapper().readTree(Cli.run("tools", "list", "--json").out())) {
            risks.put(tool.get("name").asText(), tool.get("risk").asText());
        }
        assertThat(risks).containsAllEntriesOf(RISKS).containsKey("list_lxc_containers");
    }

    @Test
    void should_call_a_docker_tool_on_the_demo_engine() {
        Cli cli = Cli.run("tools", "call", "list_docker_containers", "--demo");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("paperless-worker").contains("restarting").contains("unhealthy");
    }

    @Test
    void should_preview_a_prune_on_the_demo_engine_without_changing_anything() {
        Cli cli = Cli.run("tools", "call", "prune_docker_images", "--demo", "--dry-run");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("PROPOSED prune_docker_images on docker/images@local (DESTRUCTIVE)").contains("DRY RUN");
    }

    @Test
    void should_use_the_engine_named_by_docker_host_with_the_lxc_demo_lab() {
        Map<String, String> env = Map.of("DOCKER_HOST", docker.fake().host());
        Cli cli = Cli.run(env, "tools", "call", "check_container_status", "container=jellyfin", "--trace");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("jellyfin on local: RUNNING").contains("health: unhealthy");
        assertThat(cli.err()).contains("GET /version 200").contains("GET /v1.52/containers/jellyfin/json 200");
        assertThat(docker.fake().requests()).isNotEmpty();
    }

    @Test
    void should_fail_in_one_line_with_a_hint_when_the_engine_is_unreachable() {
        Cli cli = Cli.run(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"), "tools", "call", "list_docker_containers");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(cli.err()).contains("labcrew: list_docker_containers: Cannot reach Docker engine local")
            .contains("hint:").contains("DOCKER_HOST");
        assertNoStackTrace(cli);
    }

    @Test
    void should_keep_lxc_tools_working_when_the_docker_settings_are_malformed() {
        Cli cli = Cli.run(Map.of("DOCKER_HOST", "ssh://me@nas"), "tools", "call", "list_lxc_containers");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).contains("WARNING Docker tools are off").contains("ssh:// is not supported");
    }
}
