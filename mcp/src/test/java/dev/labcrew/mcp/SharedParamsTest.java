package dev.labcrew.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parameter that many tools share is described once in the server instructions, not in every schema. */
class SharedParamsTest {
    private final ToolRuntime runtime = ToolRuntime.builder().catalog(ToolCatalog.of(new ShelfTools())).build();

    private Tool tool(McpTools.Builder served, String name) {
        return served.specifications().stream().map(s -> s.tool()).filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_keep_a_shared_required_parameter_without_its_description_and_leave_out_a_shared_optional_one() {
        Tool measure = tool(McpTools.builder(runtime), "measure_shelf");

        assertThat(measure.inputSchema()).containsEntry("required", List.of("shelf"));
        assertThat(measure.inputSchema().get("properties")).isEqualTo(Map.of("shelf", Map.of("type", "integer"),
            "unit", Map.of("type", "string", "description", "cm or in")));
    }

    @Test
    void should_say_each_shared_parameter_once_in_the_instructions() {
        String instructions = McpTools.builder(runtime).instructions();

        assertThat(instructions).contains("shelf (every tool taking shelf): shelf number.")
            .contains("room (every tool taking shelf): room; the hall when omitted.");
    }

    @Test
    void should_still_accept_a_shared_optional_parameter_left_out_of_the_schema() {
        ToolResult result = runtime.call("count_books", Map.of("shelf", 2, "room", "study"));

        assertThat(result.isError()).isFalse();
        assertThat(result.text()).contains("3 books");
    }

    @Test
    void should_keep_every_description_when_too_few_tools_share_it() {
        Tool count = tool(McpTools.builder(runtime).only(t -> !t.name().equals("read_label")), "count_books");

        assertThat(count.inputSchema().get("properties")).isEqualTo(Map.of("shelf", Map.of("type", "integer", "description", "shelf number"),
            "room", Map.of("type", "string", "description", "room; the hall when omitted")));
    }
}
