package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.TextTable;

/** Renders a network report. */
final class NetworkText {
    private NetworkText() {
    }

    static String render(NetworkReport r) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(r.vmid()).append(" on ").append(r.node()).append(": ").append(r.status())
           .append(", firewall ")
           .append(r.firewall() == null ? "unknown" : r.firewall() ? "enabled" : "disabled");
        if (r.policyIn() != null) {
            out.append(" (policy in ").append(r.policyIn()).append(')');
        }
        out.append('\n');
        r.warnings().forEach(w -> out.append(w).append('\n'));
        r.gaps().forEach(g -> out.append(g.line()).append('\n'));
        TextTable config = new TextTable("KEY", "NAME", "BRIDGE", "HWADDR", "IP", "GW", "IP6", "VLAN", "FW");
        for (NetInterface n : r.interfaces()) {
            config.row(n.key(), n.name(), n.bridge(), n.hwaddr(), n.ip(), n.gw(), n.ip6(),
                n.tag() == null ? "untagged" : String.valueOf(n.tag()), n.firewall() ? "on" : "off");
        }
        out.append("CONFIGURED\n").append(config.render());
        if (!r.live().isEmpty()) {
            TextTable live = new TextTable("NAME", "HWADDR", "INET", "INET6");
            r.live().forEach(i -> live.row(i.name(), i.hwaddr(), i.inet(), i.inet6()));
            out.append("LIVE\n").append(live.render());
        } else if (r.gaps().stream().anyMatch(g -> g.what().equals("live addresses"))) {
            out.append("LIVE addresses: not read\n");
        } else if ("running".equals(r.status())) {
            out.append("LIVE addresses: none reported\n");
        } else {
            out.append("LIVE addresses: not running\n");
        }
        return out.toString().strip();
    }
}
