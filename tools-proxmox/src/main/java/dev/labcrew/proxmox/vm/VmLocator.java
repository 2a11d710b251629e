package dev.labcrew.proxmox.vm;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;
import dev.labcrew.proxmox.cluster.ClusterResource;

/** Resolves the node of a VM: the given node, or one cluster-wide inventory request. */
final class VmLocator {
    private final ProxmoxClient client;

    VmLocator(ProxmoxClient client) {
        this.client = client;
    }

    String nodeOf(Integer vmid, String node) {
        int id = Vmids.require(vmid);
        if (node != null && !node.isBlank()) {
            return node.trim();
        }
        ClusterResource guest = client.cluster().locate(id);
        if (!"qemu".equals(guest.type())) {
            throw LabcrewException.badInput("VMID " + id + " is an LXC container (" + guest.name() + "), not a VM",
                "use the LXC tools for it, e.g. check_lxc_status");
        }
        return guest.node();
    }
}
