package dev.labcrew.proxmox.node;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.util.stream.Collectors;

/** Renders node lists and node health as compact text. */
final class NodeText {
    private NodeText() {
    }

    static String list(NodeList list) {
        StringBuilder out = new StringBuilder().append(list.nodes().size()).append(" nodes, ")
            .append(list.nodes().stream().filter(NodeRow::online).count()).append(" online\n");
        list.warnings().forEach(w -> out.append(w).append('\n'));
        list.gaps().forEach(g -> out.append(g.line()).append('\n'));
        TextTable table = new TextTable("NODE", "STATUS", "CPU", "MEM", "ROOT DISK", "UPTIME", "LOAD", "PVE");
        for (int i = 0; i < list.nodes().size(); i++) {
            NodeRow n = list.nodes().get(i);
            NodeStatus s = list.statuses().get(i);
            boolean up = n.online() && n.maxmem() > 0;
            table.row(n.node(), n.status(), up ? Units.pct(n.cpu() * 100) + " of " + n.maxcpu() : "-",
                up ? Units.usage(n.mem(), n.maxmem()) : "-", up ? Units.usage(n.disk(), n.maxdisk()) : "-",
                up ? Units.duration(n.uptime()) : "-", s == null ? "-" : load(s), s == null ? "-" : version(s));
        }
        return out.append(table.render()).toString().strip();
    }

    static String health(NodeHealth h) {
        NodeRow n = h.node();
        StringBuilder out = new StringBuilder().append("node ").append(n.node()).append(": ").append(n.status().toUpperCase(java.util.Locale.ROOT));
        if (n.online()) {
            out.append(", up ").append(Units.duration(n.uptime())).append(", CPU ").append(Units.pct(n.cpu() * 100)).append(" of ")
               .append(n.maxcpu()).append(", memory ").append(Units.usage(n.mem(), n.maxmem())).append(", root disk ")
               .append(Units.usage(n.disk(), n.maxdisk()));
        }
        out.append('\n');
        if (h.status() != null) {
            out.append(version(h.status())).append(", kernel ").append(h.status().kernel()).append(", load ").append(load(h.status())).append('\n');
        }
        h.warnings().forEach(w -> out.append(w).append('\n'));
        if (h.pendingUpdates() != null) {
            out.append("pending updates: ").append(h.pendingUpdates()).append('\n');
        }
        if (h.subscription() != null) {
            out.append("subscription: ").append(h.subscription()).append('\n');
        }
        out.append("services not running: ").append(h.servicesDown().isEmpty() ? "none" : String.join(", ", h.servicesDown())).append('\n');
        out.append("failed units in the journal: ").append(h.failedUnits().isEmpty() ? "none" : String.join(", ", h.failedUnits())).append('\n');
        h.gaps().forEach(g -> out.append(g.line()).append('\n'));
        return out.toString().strip();
    }

    private static String load(NodeStatus s) {
        return s.loadavg().stream().map(v -> String.format(java.util.Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" "));
    }

    private static String version(NodeStatus s) {
        return s.pveversion() == null ? "-" : s.pveversion().replaceFirst("^pve-manager/", "PVE ").replaceFirst("/[0-9a-f]+$", "");
    }
}
