package dev.labcrew.proxmox.vm;

import dev.labcrew.core.TextResult;
import java.util.List;

/** The VMs of the cluster from one {@code /cluster/resources} request, by VMID, with the filters applied. */
public record VmList(List<VmRow> vms, String nodeFilter, String statusFilter, List<String> offlineNodes) implements TextResult {
    @Override
    public String toText() {
        return VmText.list(this);
    }
}
