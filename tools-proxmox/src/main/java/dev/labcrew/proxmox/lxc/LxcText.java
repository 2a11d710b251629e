package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Compact;
import dev.labcrew.core.output.Units;
import java.util.Locale;

/** Renders status and usage results as compact text for a model; listings are {@link LxcListText}'s. */
final class LxcText {
    private LxcText() {
    }

    static String status(LxcStatusReport s) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(s.vmid()).append(' ').append(s.name()).append(" on ").append(s.node()).append(": ").append(s.status());
        if (s.running()) {
            // The PID stays in the typed result; a model rarely needs it and it costs a sixth of the text.
            out.append(' ').append(Compact.duration(s.uptime()));
        }
        out.append('\n');
        if (s.lock() != null) {
            out.append("LOCKED (").append(s.lock()).append("): an operation holds the config lock; actions will fail until it ends\n");
        }
        if (s.running()) {
            out.append("cpu ").append(Compact.pct(s.cpuPercent())).append(" of ").append(fmtCpus(s.cpus())).append(" cores, mem ")
               .append(Compact.share(s.mem(), s.maxmem())).append(", rootfs ").append(Compact.share(s.disk(), s.maxdisk()));
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
