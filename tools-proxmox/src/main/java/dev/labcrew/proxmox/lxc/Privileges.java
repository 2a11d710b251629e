package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import java.util.Optional;

/** Asks Proxmox which privileges the token holds, to explain why something could not be seen. */
final class Privileges {
    private final ProxmoxClient client;

    Privileges(ProxmoxClient client) {
        this.client = client;
    }

    /** {@code "Sys.Audit on /nodes/pve1"} when the token lacks it, empty when it has it or cannot tell. */
    Optional<String> missing(String path, String privilege) {
        try {
            var held = client.access().privilegesOn(path);
            return held.contains(privilege) ? Optional.empty() : Optional.of(privilege + " on " + path);
        } catch (LabcrewException e) {
            return Optional.empty();
        }
    }
}
