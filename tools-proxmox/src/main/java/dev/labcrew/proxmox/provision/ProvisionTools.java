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

    @Tool(name = "provision_lxc",
          value = "Provision a new LXC container from a golden vzdump archive: restore, reset MAC and hostname, resize, mounts,"
              + " resources, start, verify, as one approved plan run as a resumable job. Needs approval.")
    @ToolRisk(Risk.DESTRUCTIVE)
    @PveRequires(value = {"VM.Allocate@/vms", "Datastore.AllocateSpace@/storage", "VM.Config.Network@/vms",
        "VM.Config.Options@/vms", "VM.Config.Disk@/vms", "VM.PowerMgmt@/vms"})
    public ToolResult provisionLxc(@P("golden archive volume id, e.g. local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst") String archive,
                                   @P("hostname of the new container") String hostname,
                                   @P(value = "VMID of the new container; the next free one when omitted", required = false) Integer vmid,
                                   @P(value = "node; the one holding the archive when omitted", required = false) String node,
                                   @P(value = "storage for the rootfs (default local-lvm)", required = false) String storage,
                                   @P(name = "rootfs_gib", value = "grow the rootfs to this many GiB", required = false) Integer rootfsGib,
                                   @P(value = "mount points STORAGE:GiB:/path, comma-separated", required = false) String mounts,
                                   @P(value = "memory in MiB", required = false) Integer memory,
                                   @P(value = "number of cores", required = false) Integer cores,
                                   @P(value = "tags, separated by ;", required = false) String tags,
                                   @P(value = "start it (default true)", required = false) Boolean start,
                                   @P(value = "why, shown to the human who approves", required = false) String reason,
                                   @P(name = "dry_run", value = "true: only show the plan", required = false) Boolean dryRun) {
        return runtime.call("provision_lxc", ToolArgs.of("archive", archive, "hostname", hostname, "vmid", vmid, "node", node,
            "storage", storage, "rootfs_gib", rootfsGib, "mounts", mounts, "memory", memory, "cores", cores, "tags", tags,
            "start", start, "reason", reason, "dry_run", dryRun));
    }
}
