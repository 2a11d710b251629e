package dev.labcrew.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.mcp.McpTools;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tool of your own goes through the same runtime and gate as Labcrew's. */
class RackFansTest {
    private final RackFans fans = new RackFans();

    @Test
    void a_read_only_tool_runs_at_once() {
        ToolRuntime runtime = ServeRackFans.runtime(fans).build();
        assertEquals("front: 40%\nrear: 40%", runtime.call("read_fan_speeds", Map.of()).text());
    }

    @Test
    void a_change_runs_only_when_the_gate_approves_it() {
        ToolRuntime denying = ServeRackFans.runtime(fans).gate(p -> Decision.denied(p, "alice", "too loud")).build();
        ToolResult denied = denying.call("set_fan_speed", Map.of("fan", "rear", "percent", 90, "reason", "hot"));
        assertEquals(ToolResult.Outcome.DENIED, denied.outcome(), denied.text());
        assertTrue(fans.readFanSpeeds().contains("rear: 40%"));

        ToolRuntime approving = ServeRackFans.runtime(fans).gate(p -> Decision.approved(p, "alice", "ok",
            ApprovalIds.next("test"), Instant.now().plusSeconds(300))).build();
        ToolResult done = approving.call("set_fan_speed", Map.of("fan", "rear", "percent", 90, "reason", "hot"));
        assertEquals(ToolResult.Outcome.OK, done.outcome(), done.text());
        assertTrue(fans.readFanSpeeds().contains("rear: 90%"));
    }

    @Test
    void the_mcp_client_sees_both_tools_with_their_risk() {
        List<McpSchema.Tool> tools = McpTools.builder(ServeRackFans.runtime(fans).build()).specifications().stream()
            .map(s -> s.tool()).toList();
        McpSchema.Tool set = tools.stream().filter(t -> t.name().equals("set_fan_speed")).findFirst().orElseThrow();
        // a changing tool: not read-only (an absent readOnlyHint means false in MCP) and its destructiveness said
        assertNotEquals(Boolean.TRUE, set.annotations().readOnlyHint());
        assertNotNull(set.annotations().destructiveHint());
        assertEquals(List.of("fan", "percent"), set.inputSchema().get("required"));
        assertTrue(tools.stream().anyMatch(t -> t.name().equals("read_fan_speeds") && t.annotations().readOnlyHint()));
    }
}
