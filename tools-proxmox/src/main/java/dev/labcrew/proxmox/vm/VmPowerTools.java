package dev.labcrew.proxmox.vm;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/**
 * Power and snapshot actions on VMs. Every method goes through the {@link ToolRuntime}, which asks the approval
 * gate before anything runs; this class holds nothing else, so no call can walk around it.
 */
public final class VmPowerTools {
    private final ToolRuntime runtime;

    public VmPowerTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "start_vm", value = "Start a stopped VM.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult startVm(@P("guest VMID") Integer vmid,
                              @P(value = "node; found from the cluster when omitted", required = false) String node,
                              @P(value = "why, shown to the human who approves", required = false) String reason,
                              @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("start_vm", ToolArgs.of("vmid", vmid, "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "shutdown_vm", value = "Cleanly shut down a VM.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult shutdownVm(@P("guest VMID") Integer vmid,
                                 @P(value = "node; found from the cluster when omitted", required = false) String node,
                                 @P(value = "seconds", required = false) Integer timeout,
                                 @P(value = "why, shown to the human who approves", required = false) String reason,
                                 @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("shutdown_vm", ToolArgs.of("vmid", vmid, "node", node, "timeout", timeout, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "reboot_vm", value = "Reboot a running VM.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult rebootVm(@P("guest VMID") Integer vmid,
                               @P(value = "node; found from the cluster when omitted", required = false) String node,
                               @P(value = "why, shown to the human who approves", required = false) String reason,
                               @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("reboot_vm", ToolArgs.of("vmid", vmid, "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "stop_vm", value = "Hard-stop a VM; prefer shutdown_vm.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires("VM.PowerMgmt@/vms")
    public ToolResult stopVm(@P("guest VMID") Integer vmid,
                             @P(value = "node; found from the cluster when omitted", required = false) String node,
                             @P(value = "why, shown to the human who approves", required = false) String reason,
                             @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("stop_vm", ToolArgs.of("vmid", vmid, "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "create_vm_snapshot", value = "Snapshot a VM's disks.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires("VM.Snapshot@/vms")
    public ToolResult createVmSnapshot(@P("guest VMID") Integer vmid,
                                       @P("snapshot name") String snapname,
                                       @P(value = "node; found from the cluster when omitted", required = false) String node,
                                       @P(value = "", required = false) String description,
                                       @P(value = "why, shown to the human who approves", required = false) String reason,
                                       @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("create_vm_snapshot", ToolArgs.of("vmid", vmid, "snapname", snapname, "node", node,
            "description", description, "reason", reason, "dry_run", dryRun));
    }
}
