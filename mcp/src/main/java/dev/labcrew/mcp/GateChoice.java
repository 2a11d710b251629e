package dev.labcrew.mcp;

import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.RequestContext;
import dev.labcrew.core.approval.RequestGates;
import dev.labcrew.core.redact.Redactor;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities.Elicitation;
import java.time.Clock;
import java.time.Duration;

/**
 * Picks the approval gate of one MCP request: the client's own user through elicitation when the
 * client can show a form, else the fallback.
 */
record GateChoice(ApprovalGate fallback, boolean elicitation, String approver, Clock clock, Duration expiry,
                  Redactor redactor) implements RequestGates {

    @Override
    public ApprovalGate forRequest(RequestContext request) {
        return elicitation && request.session() instanceof McpSyncServerExchange exchange && canAskUser(exchange)
            ? new ElicitationGate(exchange, this, request) : fallback;
    }

    /** An empty {@code elicitation} capability means form mode; a client offering only URL mode cannot show our form. */
    static boolean canAskUser(McpSyncServerExchange exchange) {
        ClientCapabilities capabilities = exchange.getClientCapabilities();
        Elicitation elicitation = capabilities == null ? null : capabilities.elicitation();
        return elicitation != null && (elicitation.form() != null || elicitation.url() == null);
    }
}
