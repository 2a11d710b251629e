package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/** Resizing the memory, swap and cores of LXC containers, through the {@link ToolRuntime} and its approval gate. */
public final class LxcResourceTools {
    private final ToolRuntime runtime;

    public LxcResourceTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "update_lxc_resources", value = "Change memory, swap or cores of a container.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires(value = {"VM.Config.Memory@/vms", "VM.Config.CPU@/vms"})
    public ToolResult updateLxcResources(@P("guest VMID") Integer vmid,
                                         @P(value = "MiB", required = false) Integer memory,
                                         @P(value = "MiB", required = false) Integer swap,
                                         @P(value = "", required = false) Integer cores,
                                         @P(value = "node; found from the cluster when omitted", required = false) String node,
                                         @P(value = "why, shown to the human who approves", required = false) String reason,
                                         @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("update_lxc_resources", ToolArgs.of("vmid", vmid, "memory", memory, "swap", swap, "cores", cores,
            "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "resize_lxc_disk", value = "Grow a container's disk.")
    @ToolRisk(Risk.MUTATING)
    @PveRequires(value = {"VM.Config.Disk@/vms", "Datastore.AllocateSpace@/storage"})
    public ToolResult resizeLxcDisk(@P("guest VMID") Integer vmid,
                                    @P(name = "grow_gib", value = "") Integer growGib,
                                    @P(value = "rootfs (default) or mpN", required = false) String disk,
                                    @P(value = "node; found from the cluster when omitted", required = false) String node,
                                    @P(value = "why, shown to the human who approves", required = false) String reason,
                                    @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("resize_lxc_disk", ToolArgs.of("vmid", vmid, "grow_gib", growGib, "disk", disk, "node", node,
            "reason", reason, "dry_run", dryRun));
    }
}
