package dev.labcrew.mcp;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A vault for MCP adapter tests: read-only tools, and a destructive and a mutating one with their actions. */
public class VaultTools {
    volatile String state = "closed";
    final AtomicInteger opened = new AtomicInteger();

    @Tool(name = "read_vault", value = "Says whether the vault is open")
    @ToolRisk(Risk.READ_ONLY)
    public String readVault() {
        return "vault is " + state;
    }

    @Tool(name = "find_box", value = "Finds a box in the vault")
    @ToolRisk(Risk.READ_ONLY)
    public String findBox(@P("box number") Integer box) {
        throw new LabcrewException(ErrorKind.NOT_FOUND, "No box " + box + " in the vault", "boxes are 1 to 3");
    }

    @Tool(name = "open_vault", value = "Opens the vault door")
    @ToolRisk(value = Risk.DESTRUCTIVE, idempotent = false)
    public void openVault(@P("vault id") Integer vault,
                          @P(value = "why", required = false) String reason,
                          @P(name = "dry_run", value = "preview only", required = false) Boolean dryRun) {
        throw new AssertionError("the runtime must never call a changing tool's method");
    }

    @Tool(name = "oil_hinges", value = "Oils the door hinges")
    @ToolRisk(Risk.MUTATING)
    public void oilHinges(@P("vault id") Integer vault) {
        throw new AssertionError("the runtime must never call a changing tool's method");
    }

    /** The action behind open_vault. */
    Action openAction() {
        return new Action() {
            @Override
            public ActionPlan plan(Map<String, Object> arguments) {
                return ActionPlan.of("vault/" + arguments.get("vault"), Map.of("state", state),
                    List.of("door: " + state + " -> open"), "close the door");
            }

            @Override
            public Object perform(ActionPlan plan, Map<String, Object> arguments) {
                state = "open";
                opened.incrementAndGet();
                return "DONE vault is open";
            }
        };
    }
}
