package dev.labcrew.mcp;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.policy.Policy;
import dev.labcrew.core.tool.ToolResult;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code approve_action}: approves a pending id of the approval queue, as {@code labcrew approvals
 * approve ID} does, as the server's authenticated identity: every call is the same one person, whatever
 * the client calls itself. Served only when asked for: calling it is the approval itself.
 */
final class ApproveActionTool {
    static final String NAME = "approve_action";

    private ApproveActionTool() {
    }

    static SyncToolSpecification specification(StateStore store, Policy policy, String approver) {
        Tool tool = Tool.builder().name(NAME)
            .description("Approve a PENDING Labcrew change by its approval id. Only for the human: calling this is the"
                + " approval. Then call the original tool again with the same arguments.")
            .inputSchema(JsonObjects.of("type", "object",
                "properties", JsonObjects.of(
                    "approval_id", JsonObjects.of("type", "string", "description", "The id from the PENDING result"),
                    "reason", JsonObjects.of("type", "string", "description", "Why (recorded in the audit trail)")),
                "required", List.of("approval_id")))
            .annotations(ToolAnnotations.builder().readOnlyHint(false).destructiveHint(false).idempotentHint(false)
                .openWorldHint(false).build())
            .build();
        return new SyncToolSpecification(tool, (exchange, request) -> approve(store, policy, approver, exchange, request));
    }

    private static CallToolResult approve(StateStore store, Policy policy, String approver, McpSyncServerExchange exchange,
                                          CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        String id = String.valueOf(args.getOrDefault("approval_id", "")).strip();
        Object reason = args.get("reason");
        try {
            PendingApproval queued = store.find(id).orElseThrow(() -> new LabcrewException(dev.labcrew.core.ErrorKind.NOT_FOUND,
                "No approval with id " + id, "the id is in the PENDING result of the call"));
            PendingApproval a = store.decide(id, Vote.of(McpIdentity.of(exchange, approver), NAME, true, reason == null ? "" : reason.toString(), Instant.now(),
                queued.proposal().hash()));
            int required = Math.max(a.approversRequired(), policy.approversRequired(a.proposal().risk()));
            return McpToolCall.result(a.approvals().size() >= required
                ? "Approved " + id + " (" + a.proposal().tool() + " on " + a.proposal().target() + "). Call "
                    + a.proposal().tool() + " again with the same arguments to run it once."
                : "Recorded approval " + a.approvals().size() + " of " + required + " for " + id
                    + ": another person must approve it too.", false);
        } catch (LabcrewException e) {
            return McpToolCall.result(ToolResult.failure(NAME, e).text(), true);
        } catch (RuntimeException e) {
            return McpToolCall.result("ERROR: approve_action failed: " + e, true);
        }
    }
}
