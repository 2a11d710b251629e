package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The failures a user hits, for every Docker tool, through the tool runtime: nothing escapes as an exception. */
class ToolFailureCasesTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private static final String ALL = "list_docker_containers,check_container_status,check_container_logs,"
        + "get_container_resource_usage,list_docker_images,check_docker_volumes,inspect_docker_network,check_docker_system_health,"
        + "restart_container,stop_container,start_container,prune_docker_images";

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    private static Map<String, Object> args(String tool, Object... more) {
        Map<String, Object> args = new HashMap<>();
        if (tool.contains("container_") || tool.endsWith("_container")) {
            args.put("container", "jellyfin");
        }
        for (int i = 0; i < more.length; i += 2) {
            args.put((String) more[i], more[i + 1]);
        }
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check_container_status", "check_container_logs", "get_container_resource_usage",
        "restart_container", "stop_container", "start_container"})
    void should_report_an_unknown_container_as_not_found(String tool) {
        ToolResult result = lab.approving(null).call(tool, Map.of("container", "nope"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(result.text()).contains("No such container: nope").contains("hint:");
        assertThat(lab.writes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ALL})
    void should_report_an_engine_that_is_gone_as_unreachable(String tools) {
        try (DockerHosts gone = DockerHosts.of(DockerClient.create(DockerConfig.builder().host("tcp://127.0.0.1:1").build()))) {
            ToolRuntime runtime = DockerToolset.runtime(gone).build();
            for (String tool : tools.split(",")) {
                ToolResult result = runtime.call(tool, args(tool));
                assertThat(result.errorKind()).as(tool).isEqualTo(ErrorKind.UNREACHABLE);
                assertThat(result.hint()).as(tool).contains("DOCKER_HOST");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ALL})
    void should_name_the_known_hosts_for_an_unknown_host(String tools) {
        for (String tool : tools.split(",")) {
            ToolResult result = lab.approving(null).call(tool, args(tool, "host", "nas"));
            assertThat(result.errorKind()).as(tool).isEqualTo(ErrorKind.BAD_INPUT);
            assertThat(result.text()).as(tool).contains("No Docker host named 'nas'").contains("known hosts: local");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ALL})
    void should_report_a_malformed_answer_without_crashing(String tools) {
        docker.fake().faults().malformedBody("/(containers|images|volumes|networks|info|system)/?.*");
        for (String tool : tools.split(",")) {
            boolean changing = tool.endsWith("_container") || tool.startsWith("prune");
            ToolResult result = lab.approving(null).call(tool, changing ? args(tool, "dry_run", true) : args(tool));
            assertThat(result.errorKind()).as(tool + ": " + result.text()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        }
        assertThat(lab.writes()).isEmpty();
    }

    @Test
    void should_pass_on_the_engines_message_for_a_server_error() {
        docker.fake().faults().error("GET", "/info", 500, "Error response from daemon: open /var/lib/docker/image: too many open files");
        ToolResult result = lab.call("check_docker_system_health", Map.of());
        assertThat(result.errorKind()).isEqualTo(ErrorKind.REMOTE_ERROR);
        assertThat(result.text()).contains("HTTP 500").contains("too many open files");
    }
}
