package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DockerToolsetTest {
    @Test
    void should_declare_the_twelve_tools_with_their_risks_and_an_optional_host() {
        Map<String, Risk> risks = DockerToolset.definitions().stream().collect(Collectors.toMap(ToolDefinition::name, ToolDefinition::risk));
        assertThat(risks).containsOnlyKeys("list_docker_containers", "check_container_status", "check_container_logs",
            "get_container_resource_usage", "list_docker_images", "check_docker_volumes", "inspect_docker_network",
            "check_docker_system_health", "restart_container", "stop_container", "start_container", "prune_docker_images");
        assertThat(risks).containsEntry("restart_container", Risk.MUTATING).containsEntry("start_container", Risk.MUTATING)
            .containsEntry("stop_container", Risk.DESTRUCTIVE).containsEntry("prune_docker_images", Risk.DESTRUCTIVE);
        assertThat(risks.values().stream().filter(r -> r == Risk.READ_ONLY)).hasSize(8);
        assertThat(DockerToolset.definitions()).allSatisfy(t -> assertThat(t.params())
            .anyMatch(p -> p.name().equals("host") && !p.required()));
    }
}
