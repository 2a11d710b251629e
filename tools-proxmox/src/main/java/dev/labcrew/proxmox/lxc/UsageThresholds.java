package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Percent thresholds over which resource usage is reported as a warning or as critical.
 * Defaults: memory 85/95, swap 50/80, rootfs 80/90, CPU 90/98.
 */
public record UsageThresholds(double memWarn, double memCritical, double swapWarn, double swapCritical,
                              double diskWarn, double diskCritical, double cpuWarn, double cpuCritical) {

    public static UsageThresholds defaults() {
        return new UsageThresholds(85, 95, 50, 80, 80, 90, 90, 98);
    }

    List<String> check(LxcStatus s) {
        List<String> critical = new ArrayList<>();
        List<String> warning = new ArrayList<>();
        judge("memory", Units.percent(s.mem(), s.maxmem()), memWarn, memCritical, critical, warning,
              Units.usage(s.mem(), s.maxmem()) + "; the kernel OOM killer acts inside the container at 100%");
        judge("swap", Units.percent(s.swap(), s.maxswap()), swapWarn, swapCritical, critical, warning,
              Units.usage(s.swap(), s.maxswap()) + "; heavy swapping slows every process in it");
        judge("rootfs", Units.percent(s.disk(), s.maxdisk()), diskWarn, diskCritical, critical, warning,
              Units.usage(s.disk(), s.maxdisk()) + "; a full rootfs stops writes and services");
        judge("cpu", s.cpu() * 100, cpuWarn, cpuCritical, critical, warning,
              Units.pct(s.cpu() * 100) + " of " + (int) Math.round(s.cpus()) + " cores");
        critical.addAll(warning);
        return critical;
    }

    private static void judge(String what, double percent, double warn, double crit,
                              List<String> critical, List<String> warning, String detail) {
        // Judge the value as shown (one decimal), so "95.0%" is never reported under a 95% limit.
        double shown = Math.round(percent * 10) / 10.0;
        if (shown >= crit) {
            critical.add("CRITICAL " + what + " at " + Units.pct(percent) + ": " + detail);
        } else if (shown >= warn) {
            warning.add("WARNING " + what + " at " + Units.pct(percent) + ": " + detail);
        }
    }
}
