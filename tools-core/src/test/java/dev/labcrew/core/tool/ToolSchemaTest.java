package dev.labcrew.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON schema of a tool's arguments, built in the core from its own annotations. */
class ToolSchemaTest {
    private final ToolCatalog catalog = ToolCatalog.of(new SampleTools(), new Bare());

    static final class Bare {
        @Tool({"Lists things.", "Second line."})
        @ToolRisk(Risk.READ_ONLY)
        public String listThings() {
            return "";
        }

        @Tool(name = "tune")
        @ToolRisk(Risk.MUTATING)
        public String tune(@P(name = "dry_run", value = "only show the plan", required = false) boolean dryRun,
                           @P("share of CPU") double share) {
            return "";
        }
    }

    @Test
    void should_give_types_descriptions_and_required_in_declaration_order() {
        Map<String, Object> schema = catalog.find("greet").orElseThrow().inputSchema();
        assertThat(schema).containsExactly(
            Map.entry("type", "object"),
            Map.entry("properties", Map.of(
                "who", Map.of("type", "string", "description", "who to greet"),
                "times", Map.of("type", "integer", "description", "how often"))),
            Map.entry("required", List.of("who")));
        assertThat(List.copyOf(((Map<?, ?>) schema.get("properties")).keySet())).isEqualTo(List.of("who", "times"));
    }

    @Test
    void should_use_the_declared_parameter_name_and_json_types() {
        Map<?, ?> properties = (Map<?, ?>) catalog.find("tune").orElseThrow().inputSchema().get("properties");
        assertThat(List.copyOf(properties.keySet())).isEqualTo(List.of("dry_run", "share"));
        assertThat(properties.get("dry_run")).isEqualTo(Map.of("type", "boolean", "description", "only show the plan"));
        assertThat(properties.get("share")).isEqualTo(Map.of("type", "number", "description", "share of CPU"));
        assertThat(catalog.find("tune").orElseThrow().inputSchema()).containsEntry("required", List.of("share"));
    }

    @Test
    void should_name_a_tool_after_its_method_and_join_description_lines() {
        ToolDefinition tool = catalog.find("listThings").orElseThrow();
        assertThat(tool.description()).isEqualTo("Lists things.\nSecond line.");
        assertThat(tool.inputSchema()).isEqualTo(Map.of("type", "object", "properties", Map.of()));
    }
}
