package dev.labcrew.mcp;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.approval.Visible;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ElicitRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.Implementation;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the user of one MCP client, through elicitation, whether a proposal may run: the proposal as
 * text (preview, risk, undo) and a form with an {@code approve} checkbox and an optional reason.
 * Accept with approve is an approval bound to the proposal; anything else is a denial carrying the
 * user's reason. When the question cannot be asked or gets no answer in time, the fallback decides.
 * The approver is the identity the transport authenticated ({@link McpIdentity}), never the name a
 * client announces for itself.
 */
final class ElicitationGate implements ApprovalGate {
    private static final Logger LOG = LoggerFactory.getLogger(ElicitationGate.class);
    static final Map<String, Object> FORM = JsonObjects.of(
        "type", "object",
        "properties", JsonObjects.of(
            "approve", JsonObjects.of("type", "boolean", "title", "Approve",
                "description", "Yes: run this change once. No: deny it.", "default", false),
            "reason", JsonObjects.of("type", "string", "title", "Reason",
                "description", "Optional. A denial's reason goes back to the assistant.")),
        "required", List.of("approve"));

    private final McpSyncServerExchange exchange;
    private final GateChoice settings;
    private final RequestContext request;

    ElicitationGate(McpSyncServerExchange exchange, GateChoice settings, RequestContext request) {
        this.exchange = exchange;
        this.settings = settings;
        this.request = request;
    }

    @Override
    public String channel() {
        return "mcp-elicitation";
    }

    @Override
    public Decision decide(ActionProposal proposal) {
        ElicitResult answer;
        try {
            answer = exchange.createElicitation(ElicitRequest.builder(message(proposal), FORM).build());
        } catch (RuntimeException e) {
            // A timeout, a client error or a closed session: nobody answered here, so the fallback decides.
            LOG.warn("No answer to the approval request for {} through the MCP client: {}", proposal.tool(), e.toString());
            request.note("The approval request shown by the client got no answer (" + describe(e) + ").\n");
            return settings.fallback().decide(proposal);
        }
        String who = McpIdentity.of(exchange, settings.approver());
        String reason = text(answer.content(), "reason");
        if (answer.action() == ElicitResult.Action.ACCEPT && approved(answer.content())) {
            return Decision.approved(proposal, who, reason, ApprovalIds.next("mcp"), settings.clock().instant().plus(settings.expiry()));
        }
        if (reason.isEmpty()) {
            reason = switch (answer.action()) {
                case ACCEPT -> "not approved in " + clientName();
                case DECLINE -> "declined in " + clientName();
                case CANCEL -> "dismissed in " + clientName() + " without an answer";
            };
        }
        return Decision.denied(proposal, who, reason);
    }

    private String message(ActionProposal proposal) {
        return settings.redactor().redact(ProposalText.render(proposal)) + "\nApprove this change? It runs once, within "
            + settings.expiry().toMinutes() + " minutes. Deny it to stop it; your reason goes back to the assistant.";
    }

    private String clientName() {
        Implementation info = exchange.getClientInfo();
        return info == null || info.name() == null ? "the MCP client" : Visible.text(info.name());
    }

    private static boolean approved(Map<String, Object> content) {
        Object value = content == null ? null : content.get("approve");
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static String text(Map<String, Object> content, String key) {
        Object value = content == null ? null : content.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause instanceof java.util.concurrent.TimeoutException ? "timed out" : String.valueOf(cause.getMessage());
    }
}
