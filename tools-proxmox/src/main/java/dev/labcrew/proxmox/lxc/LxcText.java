package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.util.Locale;
import java.util.TreeSet;

/** Renders inventory, status and usage results as compact text for a model. */
final class LxcText {
    private LxcText() {
    }

    static String list(LxcList list) {
        var rows = list.containers();
        long running = rows.stream().filter(r -> "running".equals(r.status())).count();
        var nodes = new TreeSet<String>();
        rows.forEach(r -> nodes.add(r.node()));
        StringBuilder out = new StringBuilder();
        out.append(rows.size()).append(" LXC containers (").append(running).append(" running, ")
           .append(rows.size() - running).append(" not running)");
        if (!nodes.isEmpty()) {
            out.append(" on ").append(String.join(", ", nodes));
        }
        if (list.nodeFilter() != null || list.statusFilter() != null) {
            out.append(" [filter:").append(list.nodeFilter() == null ? "" : " node=" + list.nodeFilter())
               .append(list.statusFilter() == null ? "" : " status=" + list.statusFilter()).append(']');
        }
        out.append('\n');
        for (String node : list.offlineNodes()) {
            out.append("WARNING node ").append(node).append(" is unreachable: its guests show status unknown\n");
        }
        if (rows.isEmpty()) {
            boolean filtered = list.nodeFilter() != null || list.statusFilter() != null;
            return out.append(filtered ? "No containers match."
                : "No containers visible. If the cluster has some, the token lacks VM.Audit on /vms: Proxmox hides those rows").toString();
        }
        TextTable table = new TextTable("VMID", "NAME", "NODE", "STATUS", "CPU", "MEM", "DISK", "UPTIME", "NOTE");
        for (LxcRow r : rows) {
            boolean up = "running".equals(r.status());
            table.row(String.valueOf(r.vmid()), r.name(), r.node(), r.status(),
                up ? Units.pct(r.cpuPercent()) : "-",
                up ? Units.usage(r.mem(), r.maxmem()) : "-/" + Units.bytes(r.maxmem()),
                up ? Units.pct(Units.percent(r.disk(), r.maxdisk())) : "-",
                up ? Units.duration(r.uptime()) : "-",
                r.lock() == null ? String.join(";", r.tags()) : "locked(" + r.lock() + ") " + String.join(";", r.tags()));
        }
        return out.append(table.render()).toString().strip();
    }

    static String status(LxcStatusReport s) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(s.vmid()).append(' ').append(s.name()).append(" on ").append(s.node())
           .append(": ").append(s.status().toUpperCase(Locale.ROOT));
        if (s.running()) {
            out.append(" for ").append(Units.duration(s.uptime())).append(", pid ").append(s.pid());
        }
        out.append('\n');
        if (s.lock() != null) {
            out.append("LOCKED (").append(s.lock()).append("): an operation holds the config lock; actions will fail until it ends\n");
        }
        if (s.running()) {
            out.append("cpu ").append(Units.pct(s.cpuPercent())).append(" of ").append(fmtCpus(s.cpus())).append(" cores, mem ")
               .append(Units.usage(s.mem(), s.maxmem())).append(", rootfs ").append(Units.usage(s.disk(), s.maxdisk()));
        } else {
            out.append("Not running. To find out why it does not start, call troubleshoot_lxc_startup with vmid=").append(s.vmid());
        }
        return out.toString();
    }

    static String usage(ResourceUsage u) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(u.vmid()).append(' ').append(u.name()).append(" on ").append(u.node())
           .append(": ").append(u.status()).append('\n');
        if (!"running".equals(u.status())) {
            out.append("Not running: usage is zero. Limits: memory ").append(Units.bytes(u.maxmem()))
               .append(", swap ").append(Units.bytes(u.maxswap())).append(", rootfs ").append(Units.bytes(u.maxdisk()));
            return out.toString();
        }
        u.warnings().forEach(w -> out.append(w).append('\n'));
        out.append("cpu     ").append(Units.pct(u.cpuPercent())).append(" of ").append(fmtCpus(u.cpus())).append(" cores\n");
        out.append("memory  ").append(Units.usage(u.mem(), u.maxmem())).append('\n');
        out.append("swap    ").append(Units.usage(u.swap(), u.maxswap())).append('\n');
        out.append("rootfs  ").append(Units.usage(u.disk(), u.maxdisk())).append('\n');
        out.append("net     in ").append(Units.bytes(u.netin())).append(", out ").append(Units.bytes(u.netout())).append(" since start\n");
        out.append("disk io read ").append(Units.bytes(u.diskread())).append(", written ").append(Units.bytes(u.diskwrite())).append(" since start\n");
        out.append("uptime  ").append(Units.duration(u.uptime()));
        if (u.warnings().isEmpty()) {
            out.append("\nNo thresholds crossed.");
        }
        return out.toString();
    }

    private static String fmtCpus(double cpus) {
        return cpus == Math.rint(cpus) ? String.valueOf((long) cpus) : String.format(Locale.ROOT, "%.1f", cpus);
    }
}
