package dev.labcrew.proxmox.vm;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.backup.BackupApi;
import dev.labcrew.proxmox.backup.BackupJob;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;

/** Configuration of VMs, with an audit of backup coverage, machine type, passthrough and the guest agent. */
public final class VmConfigTools {
    private final QemuApi qemu;
    private final BackupApi backups;
    private final GuestLocator locator;

    public VmConfigTools(ProxmoxClient client) {
        this.qemu = new QemuApi(client);
        this.backups = new BackupApi(client);
        this.locator = GuestLocator.vms(client);
    }

    @Tool(name = "get_vm_config", value = "Config of a VM with audit warnings.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "VM.Audit@/vms", better = "Sys.Audit@/")
    public VmConfigReport getVmConfig(@P("guest VMID") Integer vmid,
                                      @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        VmConfig config = qemu.config(at, vmid);
        List<Gap> gaps = new ArrayList<>();
        List<BackupJob> jobs = Gap.read("backup jobs", "Sys.Audit on /", backups::jobs, gaps).orElse(null);
        return new VmConfigReport(vmid, at, config, VmConfigAudit.warnings(vmid, config, jobs), gaps);
    }
}
