package dev.labcrew.proxmox.lxc;

import java.util.ArrayList;
import java.util.List;

/** Warnings about a container's network configuration. */
final class NetworkChecks {
    private NetworkChecks() {
    }

    /** Warnings; a null {@code firewall} or {@code live} was not read, and nothing is concluded from it. */
    static List<String> check(List<NetInterface> interfaces, FirewallOptions firewall, boolean running, List<LxcInterface> live) {
        List<String> warnings = new ArrayList<>();
        if (interfaces.isEmpty()) {
            warnings.add("WARNING no network interfaces configured");
        }
        if (firewall != null && !firewall.enable()) {
            warnings.add("WARNING container firewall is disabled (firewall options enable=0): per-interface rules have no effect");
        }
        for (NetInterface n : interfaces) {
            if (!n.firewall()) {
                warnings.add("WARNING " + n.key() + " (" + n.name() + ") has firewall=0: Proxmox firewall rules do not apply to it");
            }
            if (n.linkDown()) {
                warnings.add("WARNING " + n.key() + " has link_down=1: the interface is disconnected");
            }
            if (n.ip() != null && n.ip().contains("/") && n.gw() == null) {
                warnings.add("INFO " + n.key() + " has a static IP " + n.ip() + " without gw: no default route unless another interface has one");
            }
            if (n.hwaddr() == null) {
                warnings.add("INFO " + n.key() + " has no fixed hwaddr: Proxmox generates one on each config change");
            }
        }
        if (running && live != null && live.stream().noneMatch(i -> !"lo".equals(i.name()) && i.inet() != null)) {
            warnings.add("WARNING running but no IPv4 address on any interface: check DHCP or the ip= setting");
        }
        return warnings;
    }
}
