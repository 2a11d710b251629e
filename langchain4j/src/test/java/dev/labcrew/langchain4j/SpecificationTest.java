package dev.labcrew.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.docker.DockerToolset;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LangChain4j form of every tool carries the same schema the core builds, so a model sees one shape. */
class SpecificationTest {
    @Test
    void should_match_the_core_schema_for_every_proxmox_and_docker_tool() {
        List<ToolDefinition> tools = new ArrayList<>(ProxmoxToolset.definitions());
        tools.addAll(DockerToolset.definitions());
        assertThat(tools).hasSizeGreaterThan(30).allSatisfy(tool -> {
            ToolSpecification spec = LangChain4jTools.specification(tool);
            assertThat(spec.name()).isEqualTo(tool.name());
            assertThat(spec.description()).isEqualTo(tool.description());
            if (tool.params().isEmpty()) {
                assertThat(spec.parameters()).isNull();
            } else {
                assertThat(JsonSchemaElementUtils.toMap(spec.parameters())).isEqualTo(tool.inputSchema());
            }
        });
    }

    @Test
    void should_list_an_optional_parameter_without_requiring_it() {
        ToolDefinition storage = ProxmoxToolset.definitions().stream().filter(t -> t.name().equals("list_storage")).findFirst().orElseThrow();
        Map<String, Object> schema = JsonSchemaElementUtils.toMap(LangChain4jTools.specification(storage).parameters());
        assertThat(schema).containsEntry("required", List.of());
        assertThat(schema.get("properties")).isEqualTo(Map.of("node", Map.of("type", "string")));
    }
}
