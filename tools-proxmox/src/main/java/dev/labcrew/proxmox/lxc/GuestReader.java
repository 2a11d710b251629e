package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.cluster.GuestLocator;
import java.util.Map;

/** Reads a container's current state for an action, from the action's arguments. */
final class GuestReader {
    private final ProxmoxClient client;
    private final GuestLocator locator;

    GuestReader(ProxmoxClient client) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
    }

    GuestState read(Map<String, Object> arguments) {
        Integer vmid = (Integer) arguments.get("vmid");
        String node = locator.nodeOf(vmid, (String) arguments.get("node"));
        return new GuestState(vmid, node, client.lxc().status(node, vmid), client.lxc().config(node, vmid),
            client.config().clusterSuffix());
    }

    LxcStatus status(GuestState guest) {
        return client.lxc().status(guest.node(), guest.vmid());
    }
}
