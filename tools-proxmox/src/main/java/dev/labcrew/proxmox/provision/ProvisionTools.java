package dev.labcrew.proxmox.provision;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.ToolArgs;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/**
 * Provisioning a new container from a golden vzdump archive, through the {@link ToolRuntime} and its approval gate:
 * one plan, one approval, then a journaled job ({@code labcrew jobs}). DESTRUCTIVE because the job creates a guest and,
 * when a step fails or it is aborted, stops and destroys that guest again; it never touches an existing one.
 */
public final class ProvisionTools {
    private final ToolRuntime runtime;

    public ProvisionTools(ToolRuntime runtime) {
        this.runtime = runtime;
    }

    // Every token of tools/list is paid on every turn: the plan (--dry-run) says each step and what it changes.
    @Tool(name = "provision_lxc",
          value = "Create a container from a golden vzdump archive with a fresh MAC and this hostname, as one approved job.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires(value = {"VM.Allocate@/vms", "Datastore.AllocateSpace@/storage", "VM.Config.Network@/vms",
        "VM.Config.Options@/vms", "VM.Config.Disk@/vms", "VM.PowerMgmt@/vms"})
    public ToolResult provisionLxc(@P("backup volume id") String archive,
                                   @P("") String hostname,
                                   @P(value = "", required = false) Integer vmid,
                                   @P(value = "node; found from the cluster when omitted", required = false) String node,
                                   @P(value = "", required = false) String storage,
                                   @P(name = "rootfs_gib", value = "", required = false) Integer rootfsGib,
                                   @P(value = "STORAGE:GiB:/path,...", required = false) String mounts,
                                   @P(value = "MiB", required = false) Integer memory,
                                   @P(value = "", required = false) Integer cores,
                                   @P(value = "", required = false) String tags,
                                   @P(value = "", required = false) Boolean start,
                                   @P(value = "why, shown to the human who approves", required = false) String reason,
                                   @P(name = "dry_run", value = "true: only show what would change", required = false) Boolean dryRun) {
        return runtime.call("provision_lxc", ToolArgs.of("archive", archive, "hostname", hostname, "vmid", vmid, "node", node,
            "storage", storage, "rootfs_gib", rootfsGib, "mounts", mounts, "memory", memory, "cores", cores, "tags", tags,
            "start", start, "reason", reason, "dry_run", dryRun));
    }
}
