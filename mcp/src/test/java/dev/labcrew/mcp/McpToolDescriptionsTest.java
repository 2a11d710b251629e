package dev.labcrew.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolRuntime;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MCP tool list comes from the same declarations as the LangChain4j tools. */
class McpToolDescriptionsTest {
    private final VaultTools vault = new VaultTools();
    private final ToolRuntime runtime = ToolRuntime.builder().catalog(ToolCatalog.of(vault))
        .action("open_vault", vault.openAction()).action("oil_hinges", vault.openAction()).build();

    private Tool tool(String name) {
        return McpTools.builder(runtime).specifications().stream().map(s -> s.tool())
            .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_describe_every_tool_of_the_catalog_with_its_description() {
        assertThat(McpTools.builder(runtime).specifications()).extracting(s -> s.tool().name())
            .containsExactlyInAnyOrder("read_vault", "find_box", "open_vault", "oil_hinges");
        assertThat(tool("find_box").description()).isEqualTo("Finds a box in the vault");
    }

    @Test
    void should_send_one_risk_hint_and_leave_the_others_at_the_protocols_defaults() {
        assertThat(tool("read_vault").annotations()).satisfies(a -> {
            assertThat(a.readOnlyHint()).isTrue();
            assertThat(a.destructiveHint()).isNull();
            assertThat(a.openWorldHint()).isNull();
        });
        assertThat(tool("open_vault").annotations()).satisfies(a -> {
            assertThat(a.destructiveHint()).isTrue();
            assertThat(a.idempotentHint()).isNull();
        });
        assertThat(tool("oil_hinges").annotations()).satisfies(a -> {
            assertThat(a.readOnlyHint()).isNull();
            assertThat(a.destructiveHint()).isFalse();
            assertThat(a.idempotentHint()).isNull();
        });
    }

    @Test
    void should_convert_the_parameter_schema_without_empty_parts() {
        Map<String, Object> schema = tool("open_vault").inputSchema();
        assertThat(schema).containsEntry("type", "object").containsEntry("required", List.of("vault"));
        assertThat(schema.get("properties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .containsEntry("vault", Map.of("type", "integer", "description", "vault id"))
            .containsKeys("reason", "dry_run");
        assertThat(tool("read_vault").inputSchema()).containsEntry("type", "object").containsKey("properties").doesNotContainKey("required");
    }

    @Test
    void should_advertise_a_routers_argument_on_every_tool_even_one_without_parameters() {
        var specs = McpTools.builder(runtime).caller(runtime::call, Map.of("cluster", "which cluster")).specifications();
        assertThat(specs).allSatisfy(s -> assertThat(s.tool().inputSchema().get("properties"))
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .containsEntry("cluster", Map.of("type", "string", "description", "which cluster")));
        assertThat(tool("open_vault").inputSchema().get("properties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .doesNotContainKey("cluster");
    }

    @Test
    void should_show_the_approval_form_fields_in_a_fixed_order() {
        assertThat(ElicitationGate.FORM.keySet()).containsExactly("type", "properties", "required");
        assertThat(((Map<?, ?>) ElicitationGate.FORM.get("properties")).keySet().toString()).isEqualTo("[approve, reason]");
    }

    @Test
    void should_serve_only_the_selected_tools() {
        assertThat(McpTools.builder(runtime).only(t -> t.risk().needsApproval()).specifications())
            .extracting(s -> s.tool().name()).containsExactlyInAnyOrder("open_vault", "oil_hinges");
    }
}
