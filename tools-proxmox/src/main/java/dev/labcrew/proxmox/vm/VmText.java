package dev.labcrew.proxmox.vm;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.util.Locale;

/** Renders the VM tools' results as compact text for a model. */
final class VmText {
    private VmText() {
    }

    static String list(VmList list) {
        long running = list.vms().stream().filter(r -> "running".equals(r.status())).count();
        StringBuilder out = new StringBuilder().append(list.vms().size()).append(" VMs (").append(running).append(" running)");
        if (list.nodeFilter() != null || list.statusFilter() != null) {
            out.append(" [filter:").append(list.nodeFilter() == null ? "" : " node=" + list.nodeFilter())
               .append(list.statusFilter() == null ? "" : " status=" + list.statusFilter()).append(']');
        }
        out.append('\n');
        list.offlineNodes().forEach(n -> out.append("WARNING node ").append(n).append(" is unreachable: its guests show status unknown\n"));
        if (list.vms().isEmpty()) {
            return out.append("No VMs visible (the token needs VM.Audit on /vms to see them).").toString();
        }
        TextTable table = new TextTable("VMID", "NAME", "NODE", "STATUS", "CPU", "MEM", "DISK", "UPTIME", "NOTE");
        for (VmRow r : list.vms()) {
            boolean up = "running".equals(r.status());
            String note = (r.lock() == null ? "" : "locked(" + r.lock() + ") ")
                + (r.hastate() == null ? "" : "ha:" + r.hastate() + " ") + String.join(";", r.tags());
            table.row(String.valueOf(r.vmid()), r.name(), r.node(), r.template() ? "template" : r.status(),
                up ? Units.pct(r.cpuPercent()) : "-", up ? Units.usage(r.mem(), r.maxmem()) : "-/" + Units.bytes(r.maxmem()),
                Units.bytes(r.maxdisk()), up ? Units.duration(r.uptime()) : "-", note.strip());
        }
        return out.append(table.render()).toString().strip();
    }

    static String status(VmStatusReport s) {
        StringBuilder out = new StringBuilder().append("VM ").append(s.vmid()).append(' ').append(s.name()).append(" on ")
            .append(s.node()).append(": ").append(s.template() ? "TEMPLATE (never runs)" : s.status().toUpperCase(Locale.ROOT));
        if ("running".equals(s.status())) {
            out.append(" for ").append(Units.duration(s.uptime())).append(", pid ").append(s.pid());
            if (s.qmpstatus() != null && !s.qmpstatus().equals("running")) {
                out.append(", QEMU ").append(s.qmpstatus());
            }
            out.append(", CPU ").append(Units.pct(s.cpuPercent())).append(", memory ").append(Units.usage(s.mem(), s.maxmem()));
        }
        out.append('\n');
        if (s.lock() != null) {
            out.append("LOCKED (").append(s.lock()).append("): actions will fail until the operation holding it ends\n");
        }
        if (s.machine() != null) {
            out.append("machine: ").append(s.machine()).append('\n');
        }
        out.append("guest agent: ").append(s.agent()).append('\n');
        s.addresses().stream().filter(i -> !"lo".equals(i.name()))
            .forEach(i -> out.append("  ").append(i.name()).append(' ').append(i.mac()).append(' ').append(String.join(" ", i.addresses())).append('\n'));
        s.gaps().forEach(g -> out.append(g.line()).append('\n'));
        return out.toString().strip();
    }

    static String usage(VmUsage u) {
        StringBuilder out = new StringBuilder().append("VM ").append(u.vmid()).append(' ').append(u.name()).append(" on ")
            .append(u.node()).append(": ").append(u.status()).append('\n');
        u.warnings().forEach(w -> out.append(w).append('\n'));
        out.append("cpu ").append(Units.pct(u.cpuPercent())).append(" of ").append(u.cpus()).append(" vCPU\n")
           .append("memory ").append(Units.usage(u.mem(), u.maxmem())).append('\n')
           .append("disk allocated ").append(Units.bytes(u.maxdisk())).append(" (use inside the image is not visible to PVE)\n")
           .append("net in ").append(Units.bytes(u.netin())).append(", out ").append(Units.bytes(u.netout())).append('\n')
           .append("disk read ").append(Units.bytes(u.diskread())).append(", written ").append(Units.bytes(u.diskwrite())).append('\n')
           .append("uptime ").append(Units.duration(u.uptime()));
        return out.toString();
    }

    static String config(VmConfigReport r) {
        VmConfig c = r.config();
        StringBuilder out = new StringBuilder().append("VM ").append(r.vmid()).append(' ').append(c.name()).append(" on ")
            .append(r.node()).append(c.template() ? ": template\n" : "\n");
        if (r.warnings().isEmpty()) {
            out.append("No audit warnings.\n");
        }
        r.warnings().forEach(w -> out.append(w).append('\n'));
        r.gaps().forEach(g -> out.append(g.line()).append('\n'));
        out.append("resources: memory ").append(c.memoryMb()).append(" MiB, vCPUs ").append(c.cores())
           .append(", machine ").append(c.get("machine") == null ? "default" : c.get("machine"))
           .append(", bios ").append(c.get("bios") == null ? "seabios" : c.get("bios")).append('\n');
        out.append("startup: onboot ").append(c.onboot() ? 1 : 0).append(c.get("startup") == null ? "" : ", " + c.get("startup"))
           .append(", agent ").append(c.agentEnabled() ? "on" : "off").append('\n');
        c.disks().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        c.networks().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        c.passthrough().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        if (c.get("tags") != null) {
            out.append("tags: ").append(c.get("tags")).append('\n');
        }
        return out.append("digest: ").append(r.config().digest()).toString();
    }

    static String snapshots(VmSnapshotReport r) {
        StringBuilder out = new StringBuilder().append("VM ").append(r.vmid()).append(" on ").append(r.node()).append(": ")
            .append(r.snapshots().size()).append(" snapshots").append(r.current() == null ? "" : ", current state from " + r.current())
            .append('\n');
        r.warnings().forEach(w -> out.append(w).append('\n'));
        if (!r.snapshots().isEmpty()) {
            TextTable table = new TextTable("NAME", "AGE", "RAM", "PARENT", "DESCRIPTION");
            r.snapshots().forEach(s -> table.row(s.name(), Units.duration(r.now() - s.snaptime()), s.vmstate() ? "yes" : "no",
                s.parent(), s.description() == null ? "" : s.description().strip()));
            out.append(table.render());
        }
        return out.toString().strip();
    }
}
