package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;
import dev.labcrew.proxmox.cluster.ClusterResource;

/** Resolves the node of an LXC guest: the given node, or one cluster-wide inventory request. */
final class GuestLocator {
    private final ProxmoxClient client;

    GuestLocator(ProxmoxClient client) {
        this.client = client;
    }

    /** The node holding {@code vmid}; validates the vmid and that the guest is a container. */
    String nodeOf(Integer vmid, String node) {
        int id = Vmids.require(vmid);
        if (node != null && !node.isBlank()) {
            return node.trim();
        }
        ClusterResource guest = client.cluster().locate(id);
        if (!guest.isLxc()) {
            throw LabcrewException.badInput("VMID " + id + " is a QEMU virtual machine (" + guest.name() + "), not an LXC container",
                    "these tools work on LXC containers; list them with list_lxc_containers");
        }
        return guest.node();
    }
}
