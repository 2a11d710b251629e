package dev.labcrew.proxmox.cluster;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;

/**
 * Resolves the node of one kind of guest: the node the caller gave, or one cluster-wide inventory
 * request. A VMID of the other kind is refused with a hint to the right tools.
 */
public final class GuestLocator {
    private final ProxmoxClient client;
    private final boolean lxc;

    private GuestLocator(ProxmoxClient client, boolean lxc) {
        this.client = client;
        this.lxc = lxc;
    }

    /** For the LXC tools. */
    public static GuestLocator containers(ProxmoxClient client) {
        return new GuestLocator(client, true);
    }

    /** For the VM (qemu) tools. */
    public static GuestLocator vms(ProxmoxClient client) {
        return new GuestLocator(client, false);
    }

    /** The node holding {@code vmid}; validates the vmid and that the guest is of this locator's kind. */
    public String nodeOf(Integer vmid, String node) {
        int id = Vmids.require(vmid);
        if (node != null && !node.isBlank()) {
            return node.trim();
        }
        ClusterResource guest = client.cluster().locate(id);
        if (guest.isLxc() != lxc) {
            throw lxc
                ? LabcrewException.badInput("VMID " + id + " is a QEMU virtual machine (" + guest.name() + "), not an LXC container",
                    "these tools work on LXC containers; list them with list_lxc_containers")
                : LabcrewException.badInput("VMID " + id + " is an LXC container (" + guest.name() + "), not a VM",
                    "use the LXC tools for it, e.g. check_lxc_status");
        }
        return guest.node();
    }
}
