package dev.labcrew.core.approval;

/**
 * Picks the gate that asks the human behind one request, e.g. the user of the MCP client that sent
 * it. Registered when the runtime is built, never passed with a call: a caller can say where a call
 * comes from, not who approves it.
 */
@FunctionalInterface
public interface RequestGates {
    ApprovalGate forRequest(RequestContext request);
}
