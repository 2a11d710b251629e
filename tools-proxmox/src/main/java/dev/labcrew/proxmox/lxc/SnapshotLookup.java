package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import java.util.List;
import java.util.Optional;

/** The snapshots of a container, without the "current" pseudo-entry, and lookups by name. */
final class SnapshotLookup {
    private final ProxmoxClient client;

    SnapshotLookup(ProxmoxClient client) {
        this.client = client;
    }

    List<LxcSnapshot> all(GuestState guest) {
        return client.lxc().snapshots(guest.node(), guest.vmid()).stream().filter(s -> !s.current()).toList();
    }

    Optional<LxcSnapshot> find(GuestState guest, String name) {
        return all(guest).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    LxcSnapshot require(GuestState guest, String name) {
        return find(guest, name).orElseThrow(() -> new LabcrewException(ErrorKind.NOT_FOUND,
            guest.label() + " has no snapshot '" + name + "'", "list them with check_lxc_snapshots vmid=" + guest.vmid()));
    }
}
