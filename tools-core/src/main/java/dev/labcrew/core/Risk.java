package dev.labcrew.core;

/**
 * How much a tool call can change the world. Declared once per tool with {@link ToolRisk} and
 * enforced by the one executor, {@link dev.labcrew.core.tool.ToolRuntime}; the same declaration
 * feeds the MCP tool annotations.
 */
public enum Risk {
    /** Reads state only; safe to call at any time. */
    READ_ONLY,
    /** Changes state in a way that can be undone (start, restart, snapshot create, resize). */
    MUTATING,
    /** Changes state in a way that may lose data or service (stop, rollback, delete, prune). */
    DESTRUCTIVE;

    /** {@code true} for every level that must pass the approval gate. */
    public boolean needsApproval() {
        return this != READ_ONLY;
    }
}
