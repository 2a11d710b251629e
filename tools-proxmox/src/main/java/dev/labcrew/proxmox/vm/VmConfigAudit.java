package dev.labcrew.proxmox.vm;

import dev.labcrew.proxmox.backup.BackupJob;
import java.util.ArrayList;
import java.util.List;

/** Audit of a VM config: backup coverage, machine type, passthrough devices, guest agent, start at boot. */
final class VmConfigAudit {
    private VmConfigAudit() {
    }

    /** @param jobs the cluster's backup jobs, or null when they could not be read (then coverage is not judged) */
    static List<String> warnings(int vmid, VmConfig c, List<BackupJob> jobs) {
        List<String> warnings = new ArrayList<>();
        if (jobs != null && jobs.stream().noneMatch(j -> j.covers(vmid))) {
            warnings.add("WARNING no backup: no enabled backup job covers VM " + vmid
                + ". Fix: add it to a job (Datacenter > Backup) or run vzdump " + vmid);
        }
        c.disks().forEach((k, v) -> {
            if (v.contains("backup=0")) {
                warnings.add("WARNING " + k + " has backup=0: backups skip this disk");
            }
        });
        c.passthrough().forEach((k, v) -> warnings.add("WARNING passthrough " + k + ": " + v
            + ": the VM cannot live-migrate, snapshot its RAM, or fail over with HA"));
        if (!c.agentEnabled()) {
            warnings.add("WARNING guest agent off: no IP addresses, no fs-freeze for consistent backups, shutdown by ACPI only."
                + " Fix: qm set " + vmid + " --agent enabled=1 and install qemu-guest-agent");
        }
        String machine = c.get("machine");
        String ostype = c.get("ostype");
        if (machine == null && ostype != null && ostype.startsWith("w")) {
            warnings.add("WARNING machine type not pinned on a Windows VM: a QEMU upgrade changes its virtual hardware."
                + " Fix: pin it, e.g. qm set " + vmid + " --machine pc-q35-9.0");
        } else if (machine == null) {
            warnings.add("INFO machine type not pinned: i440fx, latest version at each start");
        } else if (machine.matches(".*-[1-6]\\.\\d+.*")) {
            warnings.add("INFO machine type pinned to an old version (" + machine + ")");
        }
        if (!c.onboot()) {
            warnings.add("INFO onboot is 0: the VM stays down after a host reboot");
        }
        return warnings;
    }
}
