package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/** Creating, rolling back and deleting LXC snapshots, each through the {@link ToolRuntime} and its approval gate. */
public final class SnapshotChangeTools {
    private final ToolRuntime runtime;

    public SnapshotChangeTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    @Tool(name = "create_lxc_snapshot", value = "Snapshot a container.")
    @ToolRisk(value = Risk.MUTATING, idempotent = false)
    @PveRequires("VM.Snapshot@/vms")
    public ToolResult createLxcSnapshot(@P("guest VMID") Integer vmid,
                                        @P("snapshot name") String snapname,
                                        @P(value = "", required = false) String description,
                                        @P(value = "node; found from the cluster when omitted", required = false) String node,
                                        @P(value = "why, shown to the human who approves", required = false) String reason,
                                        @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("create_lxc_snapshot", ToolArgs.of("vmid", vmid, "snapname", snapname, "description", description,
            "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "rollback_lxc_snapshot", value = "Roll a container back to a snapshot.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires("VM.Snapshot.Rollback@/vms")
    public ToolResult rollbackLxcSnapshot(@P("guest VMID") Integer vmid,
                                          @P("snapshot name") String snapname,
                                          @P(value = "", required = false) Boolean start,
                                          @P(value = "node; found from the cluster when omitted", required = false) String node,
                                          @P(value = "why, shown to the human who approves", required = false) String reason,
                                          @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("rollback_lxc_snapshot", ToolArgs.of("vmid", vmid, "snapname", snapname, "start", start,
            "node", node, "reason", reason, "dry_run", dryRun));
    }

    @Tool(name = "delete_lxc_snapshot", value = "Delete a snapshot of a container.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires("VM.Snapshot@/vms")
    public ToolResult deleteLxcSnapshot(@P("guest VMID") Integer vmid,
                                        @P("snapshot name") String snapname,
                                        @P(value = "node; found from the cluster when omitted", required = false) String node,
                                        @P(value = "why, shown to the human who approves", required = false) String reason,
                                        @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("delete_lxc_snapshot", ToolArgs.of("vmid", vmid, "snapname", snapname, "node", node,
            "reason", reason, "dry_run", dryRun));
    }
}
