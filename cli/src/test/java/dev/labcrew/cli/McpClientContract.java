package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.proxmox.ProxmoxToolset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.store.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * What any MCP client sees of {@code labcrew mcp --demo}, driven by the official TypeScript SDK client:
 * the tool list, a read-only call, a destructive call denied and one approved through elicitation, and
 * the audit trail. Each transport's test runs this same suite.
 */
abstract class McpClientContract {
    private static final Map<Class<?>, JsonNode> RUNS = new ConcurrentHashMap<>();
    static final String DENIAL = "the nightly backup is still running";

    /** Adds the transport to the plan and runs the client. */
    abstract JsonNode runClient(Map<String, Object> plan) throws Exception;

    /** The XDG_STATE_HOME of the server. */
    abstract Path stateHome();

    static Map<String, String> xdg(Path home) {
        return Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
            "USER", "alice");
    }

    /** The scenario, run once per transport: the tests below read its parts. */
    JsonNode scenario() {
        return RUNS.computeIfAbsent(getClass(), type -> {
            Map<String, Object> plan = new HashMap<>();
            plan.put("elicitation", List.of(
                Map.of("action", "accept", "content", Map.of("approve", false, "reason", DENIAL)),
                Map.of("action", "accept", "content", Map.of("approve", true, "reason", "maintenance window"))));
            plan.put("steps", List.of(
                step("troubleshoot_lxc_startup", Map.of("vmid", 102)),
                step("stop_lxc", Map.of("vmid", 200)),
                step("stop_lxc", Map.of("vmid", 200)),
                step("check_lxc_status", Map.of("vmid", 200)),
                step("no_such_tool", Map.of())));
            try {
                return runClient(plan);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Map<String, Object> step(String tool, Map<String, Object> arguments) {
        return Map.of("tool", tool, "arguments", arguments);
    }

    private JsonNode result(int step) {
        return scenario().path("results").get(step).path("result");
    }

    private static String text(JsonNode result) {
        return result.path("content").get(0).path("text").asText();
    }

    private JsonNode tool(String name) {
        for (JsonNode tool : scenario().path("tools")) {
            if (tool.path("name").asText().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError("tools/list has no " + name);
    }

    @Test
    void should_list_every_tool_with_annotations_from_its_risk() {
        assertThat(scenario().path("server").path("name").asText()).isEqualTo("labcrew");
        for (ToolDefinition definition : ProxmoxToolset.definitions()) {
            JsonNode tool = tool(definition.name());
            JsonNode hints = tool.path("annotations");
            assertThat(hints.path("readOnlyHint").asBoolean()).as(definition.name()).isEqualTo(definition.risk() == Risk.READ_ONLY);
            // Absent hints take the protocol's defaults: destructiveHint true, idempotentHint false.
            assertThat(hints.path("destructiveHint").asBoolean(true)).as(definition.name())
                .isEqualTo(definition.risk() != Risk.MUTATING);
            assertThat(hints.has("idempotentHint")).as(definition.name()).isFalse();
            assertThat(tool.path("description").asText()).isEqualTo(definition.description());
            assertThat(tool.path("inputSchema").path("type").asText()).isEqualTo("object");
        }
        assertThat(tool("list_lxc_containers").path("annotations").path("readOnlyHint").asBoolean()).isTrue();
        assertThat(tool("stop_lxc").path("annotations").path("destructiveHint").asBoolean()).isTrue();
        assertThat(tool("start_lxc").path("annotations").path("readOnlyHint").asBoolean()).isFalse();
        assertThat(tool("start_lxc").path("annotations").path("destructiveHint").asBoolean()).isFalse();
        assertThat(tool("check_lxc_status").path("inputSchema").path("properties").path("vmid").path("type").asText()).isEqualTo("integer");
        assertThat(scenario().path("tools").findValuesAsText("name")).doesNotContain("approve_action");
    }

    @Test
    void should_answer_a_read_only_call_on_the_demo_lab() {
        assertThat(result(0).path("isError").asBoolean()).isFalse();
        assertThat(text(result(0))).contains("/run/pve");
    }

    @Test
    void should_deny_a_destructive_call_through_elicitation_with_the_human_reason() {
        assertThat(result(1).path("isError").asBoolean()).isTrue();
        assertThat(text(result(1))).contains("DENIED by " + dev.labcrew.core.approval.OsAccount.current() + ":").contains(DENIAL).contains("Nothing was changed");
        JsonNode asked = scenario().path("elicitations").get(0);
        assertThat(asked.path("message").asText()).contains("PROPOSED stop_lxc on ct/200@pve1 (DESTRUCTIVE)")
            .contains("running -> stopped").contains("undo:");
        assertThat(asked.path("requestedSchema").path("properties").path("approve").path("type").asText()).isEqualTo("boolean");
        assertThat(asked.path("requestedSchema").path("properties").path("reason").path("type").asText()).isEqualTo("string");
    }

    @Test
    void should_run_a_destructive_call_approved_through_elicitation() {
        assertThat(scenario().path("elicitations")).hasSize(2);
        assertThat(result(2).path("isError").asBoolean()).as(text(result(2))).isFalse();
        assertThat(text(result(2))).contains("DONE stop_lxc on ct/200@pve1");
        assertThat(text(result(3))).contains(": stopped");
    }

    @Test
    void should_record_the_denial_and_the_approved_run_in_the_audit_trail() throws IOException {
        scenario();
        List<String> events = new ArrayList<>();
        try (StateStore store = StateStore.sqlite(stateHome().resolve("labcrew/demo/labcrew.db"),
                stateHome().resolveSibling("config").resolve("labcrew/demo/audit.key"))) {
            for (AuditRecord record : store.auditTrail()) {
                if (record.event().tool().equals("stop_lxc")) {
                    String type = record.event().type().name();
                    events.add(type.equals("DECIDED") ? type + " " + record.event().details().get("verdict") : type);
                }
            }
        }
        assertThat(events).containsExactly("PROPOSED", "DECIDED DENIED", "PROPOSED", "DECIDED APPROVED", "STARTED", "FINISHED");
    }

    @Test
    void should_answer_an_unknown_tool_with_a_protocol_error_naming_it() {
        JsonNode error = scenario().path("results").get(4).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(-32602);
        assertThat(error.path("data").asText()).contains("no_such_tool");
    }

    static Path tempHome(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
