package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/**
 * Power actions on LXC containers. Every method goes through the {@link ToolRuntime}, which asks the
 * approval gate before anything runs; this class holds nothing else, so no call can walk around it.
 */
public final class LxcPowerTools {
    private final ToolRuntime runtime;

    public LxcPowerTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "start_lxc", value = "Start a stopped LXC container.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult startLxc(@P("guest VMID") Integer vmid,
                               @P(value = "node; found from the cluster when omitted", required = false) String node,
                               @P(value = "why, shown to the human who approves", required = false) String reason,
                               @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("start_lxc", ToolArgs.of("vmid", vmid, "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "shutdown_lxc", value = "Cleanly shut down a container.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult shutdownLxc(@P("guest VMID") Integer vmid,
                                  @P(value = "node; found from the cluster when omitted", required = false) String node,
                                  @P(value = "seconds", required = false) Integer timeout,
                                  @P(value = "why, shown to the human who approves", required = false) String reason,
                                  @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("shutdown_lxc", ToolArgs.of("vmid", vmid, "node", node, "timeout", timeout, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "stop_lxc", value = "Hard-stop a container; prefer shutdown_lxc.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult stopLxc(@P("guest VMID") Integer vmid,
                              @P(value = "node; found from the cluster when omitted", required = false) String node,
                              @P(value = "why, shown to the human who approves", required = false) String reason,
                              @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("stop_lxc", ToolArgs.of("vmid", vmid, "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "restart_lxc", value = "Restart a running LXC container.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult restartLxc(@P("guest VMID") Integer vmid,
                                 @P(value = "node; found from the cluster when omitted", required = false) String node,
                                 @P(value = "seconds", required = false) Integer timeout,
                                 @P(value = "why, shown to the human who approves", required = false) String reason,
                                 @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("restart_lxc", ToolArgs.of("vmid", vmid, "node", node, "timeout", timeout, "reason", reason, "dry_run", dryRun));
    }
}
