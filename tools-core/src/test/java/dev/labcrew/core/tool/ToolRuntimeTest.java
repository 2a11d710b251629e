package dev.labcrew.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.Risk;
import dev.labcrew.core.output.OutputBudget;
import dev.labcrew.core.tool.ToolResult.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolRuntimeTest {
    private final SampleTools tools = new SampleTools();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final java.util.concurrent.atomic.AtomicInteger performed = new java.util.concurrent.atomic.AtomicInteger();
    private final dev.labcrew.core.action.Action restart = new dev.labcrew.core.action.Action() {
        @Override
        public dev.labcrew.core.action.ActionPlan plan(Map<String, Object> arguments) {
            return dev.labcrew.core.action.ActionPlan.of("thing/" + arguments.get("id"), Map.of(), java.util.List.of("restart"), "none");
        }

        @Override
        public Object perform(dev.labcrew.core.action.ActionPlan plan, Map<String, Object> arguments) {
            performed.incrementAndGet();
            return "restarted";
        }
    };
    private final ToolRuntime runtime = ToolRuntime.builder().catalog(ToolCatalog.of(tools)).action("restart_thing", restart)
        .meterRegistry(meters).build();

    @Test
    void should_list_tools_with_risk_and_params() {
        ToolDefinition greet = runtime.catalog().find("greet").orElseThrow();
        assertThat(greet.risk()).isEqualTo(Risk.READ_ONLY);
        assertThat(greet.params()).extracting(ToolParam::name, ToolParam::type, ToolParam::required)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("who", "string", true),
                org.assertj.core.groups.Tuple.tuple("times", "integer", false));
        assertThat(runtime.catalog().find("restart_thing").orElseThrow().idempotent()).isFalse();
    }

    @Test
    void should_convert_string_arguments_and_render_text() {
        ToolResult result = runtime.call("greet", Map.of("who", "pve", "times", "2"));
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.text()).isEqualTo("hello pve\nhello pve");
        assertThat(result.value()).isEqualTo(new SampleTools.Greeting("pve", 2));
    }

    @Test
    void should_return_error_result_for_unknown_tool() {
        ToolResult result = runtime.call("rm_rf", Map.of());
        assertThat(result.errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(result.text()).contains("Unknown tool 'rm_rf'").contains("labcrew tools list");
    }

    @Test
    void should_reject_unknown_missing_and_mistyped_parameters() {
        assertThat(runtime.call("greet", Map.of("who", "a", "colour", "red")).text())
            .contains("Unknown parameter 'colour'").contains("who, times");
        assertThat(runtime.call("greet", Map.of()).text()).contains("Missing required parameter 'who'");
        assertThat(runtime.call("greet", Map.of("who", "a", "times", "many")).text())
            .contains("must be integer, got 'many'");
    }

    @Test
    void should_turn_tool_failures_into_error_results_with_hint() {
        ToolResult result = runtime.call("find_guest", Map.of("vmid", 99));
        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.errorKind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(result.text()).isEqualTo("ERROR NOT_FOUND: No guest with VMID 99\nhint: list guests first");
    }

    @Test
    void should_report_unexpected_exceptions_without_throwing() {
        assertThat(runtime.call("explode", Map.of()).text()).contains("Tool explode failed").contains("boom");
    }

    @Test
    void should_refuse_mutating_tool_without_an_approval_gate() {
        ToolResult result = runtime.call("restart_thing", Map.of("id", 1));
        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(tools.restarts).hasValue(0);
        assertThat(performed).hasValue(0);
    }

    @Test
    void should_budget_output() {
        ToolRuntime small = ToolRuntime.builder().catalog(ToolCatalog.of(tools)).action("restart_thing", restart)
            .budget(OutputBudget.ofChars(300)).build();
        String text = small.call("greet", Map.of("who", "a-long-name", "times", 100)).text();
        assertThat(text.length()).isLessThanOrEqualTo(300);
        assertThat(text).contains("[cut: ");
    }

    @Test
    void should_count_calls_by_tool_and_outcome() {
        runtime.call("greet", Map.of("who", "x"));
        runtime.call("find_guest", Map.of("vmid", 5));
        assertThat(meters.get("labcrew.tool.calls").tag("tool", "greet").tag("outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(meters.get("labcrew.tool.calls").tag("tool", "find_guest").tag("outcome", "error").timer().count()).isEqualTo(1);
        assertThat(meters.get("labcrew.tool.calls").timer().getId().getDescription()).isNotBlank();
    }

    @Test
    void should_count_every_unknown_tool_name_a_model_invents_as_one_series() {
        runtime.call("rm_rf_everything", Map.of());
        runtime.call("made_up_" + System.nanoTime(), Map.of());

        assertThat(meters.get("labcrew.tool.calls").tag("tool", "unknown").timer().count()).isEqualTo(2);
        assertThat(meters.find("labcrew.tool.calls").timers()).extracting(t -> t.getId().getTag("tool"))
            .doesNotContain("rm_rf_everything");
    }

    @Test
    void should_refuse_to_build_without_an_action_for_a_changing_tool() {
        assertThatThrownBy(() -> ToolRuntime.builder().catalog(ToolCatalog.of(tools)).build())
            .hasMessageContaining("restart_thing is MUTATING but has no registered action");
    }

    @Test
    void should_refuse_tools_without_declared_risk() {
        Object noRisk = new Object() {
            @Tool(name = "sneaky", value = "no risk")
            public String sneaky() {
                return "";
            }
        };
        assertThatThrownBy(() -> ToolCatalog.of(noRisk)).hasMessageContaining("sneaky declares no @ToolRisk");
    }

    @Test
    void should_describe_tools_from_classes_without_instances() {
        ToolCatalog described = ToolCatalog.describe(SampleTools.class);
        assertThat(described.definitions()).extracting(ToolDefinition::name)
            .containsExactly("explode", "find_guest", "greet", "restart_thing");
        assertThat(described.find("greet").orElseThrow().annotation(dev.labcrew.core.ToolRisk.class)).isPresent();
        ToolRuntime runtime = ToolRuntime.builder().catalog(described).action("restart_thing", restart).build();
        assertThatThrownBy(() -> runtime.call("greet", Map.of("who", "x"))).isInstanceOf(IllegalStateException.class);
    }
}
