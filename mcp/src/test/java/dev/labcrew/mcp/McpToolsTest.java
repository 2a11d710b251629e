package dev.labcrew.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolRuntime;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls through the MCP adapter: results, errors, elicitation, the queue fallback and approve_action. */
class McpToolsTest {
    @TempDir
    Path dir;

    private final VaultTools vault = new VaultTools();
    private StateStore store;

    @BeforeEach
    void setUp() {
        store = StateStore.sqlite(dir.resolve("labcrew.db"), dir.resolve("audit.key"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ToolRuntime runtime(boolean elicitation, Policy policy) {
        return ToolRuntime.builder()
            .catalog(ToolCatalog.of(vault))
            .action("open_vault", vault.openAction()).action("oil_hinges", vault.openAction())
            .gate(ApprovalGate.denyAll("the runtime's own gate must not be used over MCP"))
            .requestGates(McpTools.requestGates(ApprovalGate.queue(), elicitation, "alice", Duration.ofMinutes(15), Redactor.defaults()))
            .policy(policy).store(store).build();
    }

    private McpTools.Builder tools() {
        return McpTools.builder(runtime(true, Policy.defaults()));
    }

    private static CallToolResult call(McpTools.Builder tools, McpSyncServerExchange exchange, String name, Map<String, Object> args) {
        SyncToolSpecification spec = tools.specifications().stream().filter(s -> s.tool().name().equals(name)).findFirst().orElseThrow();
        return spec.callHandler().apply(exchange, new CallToolRequest(name, args));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @Test
    void should_answer_a_read_only_call_with_the_runtime_text() {
        CallToolResult result = call(tools(), ScriptedClient.withoutElicitation(), "read_vault", Map.of());
        assertThat(result.isError()).isFalse();
        assertThat(text(result)).isEqualTo("vault is closed");
    }

    @Test
    void should_return_a_tool_failure_as_an_error_result() {
        CallToolResult notFound = call(tools(), ScriptedClient.withoutElicitation(), "find_box", Map.of("box", 9));
        assertThat(notFound.isError()).isTrue();
        assertThat(text(notFound)).contains("NOT_FOUND").contains("No box 9").contains("boxes are 1 to 3");
        CallToolResult badInput = call(tools(), ScriptedClient.withoutElicitation(), "find_box", Map.of("box", "nine"));
        assertThat(badInput.isError()).isTrue();
        assertThat(text(badInput)).contains("must be integer");
    }

    @Test
    void should_turn_an_exception_escaping_the_runtime_into_an_error_result() {
        ToolRuntime described = ToolRuntime.builder().catalog(ToolCatalog.describe(VaultTools.class))
            .action("open_vault", vault.openAction()).action("oil_hinges", vault.openAction()).build();
        CallToolResult result = call(McpTools.builder(described), ScriptedClient.withoutElicitation(), "read_vault", Map.of());
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("read_vault failed inside Labcrew");
    }

    @Test
    void should_deny_a_destructive_call_through_elicitation_with_the_reason() {
        ScriptedClient client = ScriptedClient.answering(new ElicitResult(ElicitResult.Action.ACCEPT,
            Map.of("approve", false, "reason", "the backup is still running")));
        CallToolResult result = call(tools(), client.exchange(), "open_vault", Map.of("vault", 7));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("DENIED by alice:").contains("the backup is still running");
        assertThat(vault.opened).hasValue(0);
        assertThat(client.asked).singleElement().satisfies(question -> {
            assertThat(question.message()).contains("PROPOSED open_vault on vault/7 (DESTRUCTIVE)")
                .contains("door: closed -> open").contains("undo: close the door");
            assertThat(question.requestedSchema()).containsEntry("required", List.of("approve"));
        });
        assertThat(events()).containsSubsequence("PROPOSED", "DECIDED DENIED");
    }

    @Test
    void should_deny_when_the_user_declines_or_cancels() {
        for (ElicitResult.Action action : List.of(ElicitResult.Action.DECLINE, ElicitResult.Action.CANCEL)) {
            ScriptedClient client = ScriptedClient.answering(new ElicitResult(action, null));
            CallToolResult result = call(tools(), client.exchange(), "oil_hinges", Map.of("vault", 7));
            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("DENIED").contains("in test-client");
        }
        assertThat(vault.opened).hasValue(0);
    }

    @Test
    void should_run_a_call_approved_through_elicitation_once() {
        ScriptedClient client = ScriptedClient.answering(new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true)));
        CallToolResult result = call(tools(), client.exchange(), "open_vault", Map.of("vault", 7, "reason", "fire drill"));
        assertThat(result.isError()).isFalse();
        assertThat(text(result)).isEqualTo("DONE vault is open");
        assertThat(vault.opened).hasValue(1);
        assertThat(client.asked.get(0).message()).contains("reason given by the caller (not checked by Labcrew): fire drill");
        assertThat(events()).containsSubsequence("PROPOSED", "DECIDED APPROVED", "STARTED", "FINISHED");
    }

    @Test
    void should_queue_a_change_when_the_client_cannot_ask_its_user() {
        CallToolResult result = call(tools(), ScriptedClient.withoutElicitation(), "open_vault", Map.of("vault", 7));
        assertThat(result.isError()).isTrue();
        PendingApproval queued = store.list().get(0);
        assertThat(text(result)).contains("PENDING approval " + queued.id()).contains("labcrew approvals approve " + queued.id());
        assertThat(vault.opened).hasValue(0);
    }

    @Test
    void should_queue_a_change_when_nobody_answers_the_elicitation_in_time() {
        CallToolResult result = call(tools(), ScriptedClient.silent().exchange(), "open_vault", Map.of("vault", 7));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("The approval request shown by the client got no answer (timed out)")
            .contains("PENDING approval " + store.list().get(0).id());
    }

    @Test
    void should_not_ask_the_client_when_elicitation_is_turned_off() {
        ScriptedClient client = ScriptedClient.answering(new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true)));
        CallToolResult result = call(McpTools.builder(runtime(false, Policy.defaults())), client.exchange(), "open_vault", Map.of("vault", 7));
        assertThat(text(result)).contains("PENDING");
        assertThat(client.asked).isEmpty();
    }

    @Test
    void should_serve_approve_action_only_when_enabled_and_approve_a_pending_id() {
        assertThat(tools().specifications()).extracting(s -> s.tool().name()).doesNotContain("approve_action");
        McpTools.Builder withApproveTool = tools().approveActionTool(store, Policy.defaults(), "alice");
        McpSyncServerExchange exchange = ScriptedClient.withoutElicitation();
        call(withApproveTool, exchange, "open_vault", Map.of("vault", 7));
        String id = store.list().get(0).id();

        CallToolResult approved = call(withApproveTool, exchange, "approve_action", Map.of("approval_id", id, "reason", "ok"));
        assertThat(approved.isError()).isFalse();
        assertThat(text(approved)).contains("Approved " + id).contains("Call open_vault again");
        assertThat(text(call(withApproveTool, exchange, "open_vault", Map.of("vault", 7)))).isEqualTo("DONE vault is open");

        CallToolResult unknown = call(withApproveTool, exchange, "approve_action", Map.of("approval_id", "nope"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("No approval with id nope");
    }

    private List<String> events() {
        return store.auditTrail().stream().map(AuditRecord::event)
            .map(e -> e.type() == AuditEventType.DECIDED ? "DECIDED " + e.details().get("verdict") : e.type().name()).toList();
    }

    @Test
    void should_count_every_elicitation_accept_and_approve_action_as_the_one_person_the_server_authenticated() {
        Policy twoPerson = Policy.parse("{\"twoPersonRule\":[\"DESTRUCTIVE\"]}", false);
        McpTools.Builder served = McpTools.builder(runtime(true, twoPerson)).approveActionTool(store, twoPerson, "alice");
        ScriptedClient yes = ScriptedClient.answering(new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true)));

        CallToolResult first = call(served, yes.exchange(), "open_vault", Map.of("vault", 7));
        CallToolResult second = call(served, yes.exchange(), "open_vault", Map.of("vault", 7));
        String id = store.list().get(0).id();
        CallToolResult viaTool = call(served, ScriptedClient.withoutElicitation(), "approve_action", Map.of("approval_id", id));

        assertThat(text(first)).contains("PENDING").contains("approval 1 of 2");
        assertThat(text(second)).contains("PENDING").contains("alice already decided on it");
        assertThat(viaTool.isError()).isTrue();
        assertThat(text(viaTool)).contains("alice already decided on " + id);
        assertThat(vault.opened).hasValue(0);
    }

    @Test
    void should_count_two_named_tokens_as_two_people() {
        Policy twoPerson = Policy.parse("{\"twoPersonRule\":[\"DESTRUCTIVE\"]}", false);
        McpTools.Builder served = McpTools.builder(runtime(true, twoPerson));
        ScriptedClient yes = ScriptedClient.answering(new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true)));

        CallToolResult first = call(served, yes.exchangeAs("alice"), "open_vault", Map.of("vault", 7));
        CallToolResult second = call(served, yes.exchangeAs("bob"), "open_vault", Map.of("vault", 7));

        assertThat(text(first)).contains("approval 1 of 2").contains("alice");
        assertThat(text(second)).isEqualTo("DONE vault is open");
        assertThat(store.list().get(0).approvers()).isEqualTo("alice and bob");
    }
}
