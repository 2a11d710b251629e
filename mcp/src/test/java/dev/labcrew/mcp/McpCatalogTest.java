package dev.labcrew.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolRuntime;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog mode serves two tools that find and run every served tool. */
class McpCatalogTest {
    private final ToolRuntime runtime = ToolRuntime.builder().catalog(ToolCatalog.of(new ShelfTools())).build();
    private final List<SyncToolSpecification> specs = McpTools.builder(runtime).catalog(true)
        .only(t -> !t.name().equals("read_label")).specifications();

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        SyncToolSpecification spec = specs.stream().filter(s -> s.tool().name().equals(tool)).findFirst().orElseThrow();
        return spec.callHandler().apply(null, new CallToolRequest(tool, arguments));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @Test
    void should_serve_only_find_tools_and_call_tool() {
        assertThat(specs).extracting(s -> s.tool().name()).containsExactly("find_tools", "call_tool");
        assertThat(specs.get(0).tool().annotations().readOnlyHint()).isTrue();
        assertThat(specs.get(1).tool().inputSchema()).containsEntry("required", List.of("name"));
    }

    @Test
    void should_find_the_served_tools_holding_every_word_of_the_query_with_their_parameters() {
        String found = text(call("find_tools", Map.of("query", "shelf measures")));

        assertThat(found).isEqualTo("measure_shelf(shelf*: shelf number, room: room; the hall when omitted, unit: cm or in)"
            + " read-only: Measures a shelf");
        assertThat(text(call("find_tools", Map.of()))).contains("count_books(").contains("dust_shelf(").doesNotContain("read_label");
    }

    @Test
    void should_run_a_served_tool_by_name_and_refuse_one_not_served() {
        CallToolResult counted = call("call_tool", Map.of("name", "count_books", "arguments", Map.of("shelf", 2)));
        CallToolResult hidden = call("call_tool", Map.of("name", "read_label", "arguments", Map.of("shelf", 2)));

        assertThat(counted.isError()).isFalse();
        assertThat(text(counted)).contains("3 books");
        assertThat(hidden.isError()).isTrue();
        assertThat(text(hidden)).contains("no tool 'read_label'").contains("find_tools");
    }
}
