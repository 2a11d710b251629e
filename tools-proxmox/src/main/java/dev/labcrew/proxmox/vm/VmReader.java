package dev.labcrew.proxmox.vm;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.cluster.GuestLocator;
import java.util.Map;

/** Reads a VM's current state for an action, from the action's arguments. */
final class VmReader {
    private final QemuApi qemu;
    private final GuestLocator locator;
    private final String clusterSuffix;

    VmReader(ProxmoxClient client) {
        this.clusterSuffix = client.config().clusterSuffix();
        this.qemu = new QemuApi(client);
        this.locator = GuestLocator.vms(client);
    }

    VmGuest read(Map<String, Object> arguments) {
        Integer vmid = (Integer) arguments.get("vmid");
        String node = locator.nodeOf(vmid, (String) arguments.get("node"));
        return new VmGuest(vmid, node, qemu.status(node, vmid), qemu.config(node, vmid), clusterSuffix);
    }

    VmStatus status(VmGuest guest) {
        return qemu.status(guest.node(), guest.vmid());
    }

    QemuApi qemu() {
        return qemu;
    }
}
