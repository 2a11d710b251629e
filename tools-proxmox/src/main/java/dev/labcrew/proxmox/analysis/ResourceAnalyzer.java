package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.ResourceUsage;
import dev.labcrew.proxmox.lxc.LxcInventoryTools;
import dev.labcrew.proxmox.lxc.UsageThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Memory, swap, rootfs and CPU pressure of running containers. The inventory request gives memory,
 * disk and CPU for all; only containers near a limit are read in detail (for swap).
 */
final class ResourceAnalyzer implements Analyzer {
    private final Fleet fleet;
    private final UsageThresholds thresholds;
    private final LxcInventoryTools inventory;

    ResourceAnalyzer(Fleet fleet, UsageThresholds thresholds) {
        this.fleet = fleet;
        this.thresholds = thresholds;
        this.inventory = new LxcInventoryTools(fleet.client(), thresholds);
    }

    @Override
    public String name() {
        return "lxc-resources";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> suspects = fleet.containers().stream().filter(g -> "running".equals(g.status()))
            .filter(this::nearLimit).toList();
        sweep.progress(name() + ": " + suspects.size() + " running containers near a limit");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(suspects, g -> inventory.getLxcResourceUsage(g.vmid(), g.node()))) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
            } else if (!outcome.value().warnings().isEmpty()) {
                findings.add(finding(outcome.item(), outcome.value()));
            }
        }
        return findings;
    }

    private boolean nearLimit(ClusterResource g) {
        return Units.percent(g.mem(), g.maxmem()) >= Math.min(thresholds.memWarn(), thresholds.swapWarn())
            || Units.percent(g.disk(), g.maxdisk()) >= thresholds.diskWarn() || g.cpu() * 100 >= thresholds.cpuWarn();
    }

    private Finding finding(ClusterResource g, ResourceUsage u) {
        boolean critical = u.warnings().get(0).startsWith("CRITICAL");
        boolean memory = u.warnings().stream().anyMatch(w -> w.contains(" memory at ") || w.contains(" swap at "));
        ProposedAction action = critical && memory ? new ProposedAction("restart_lxc", Map.of("vmid", g.vmid(), "node", g.node()),
            "CT " + g.vmid() + " " + g.name() + " is out of memory headroom (" + Units.pct(Units.percent(u.mem(), u.maxmem()))
                + " memory): a restart frees it before the OOM killer picks a process") : null;
        if (action == null && disk(u) && critical) {
            action = new ProposedAction("resize_lxc_disk", Map.of("vmid", g.vmid(), "node", g.node(), "disk", "rootfs",
                "grow_gib", (int) grow(u)), "CT " + g.vmid() + " " + g.name() + ": rootfs at "
                + Units.pct(Units.percent(u.disk(), u.maxdisk())) + "; services stop when it is full");
        }
        int raise = (int) Math.max(1024, Math.round(u.maxmem() / 1024.0 / 1024.0 * 1.5 / 512) * 512);
        String fix = memory
            ? "Restart it to relieve the pressure now (restart_lxc vmid=" + g.vmid() + "), then give it room: update_lxc_resources vmid="
                + g.vmid() + " memory=" + raise + ", or find what grows inside it."
            : disk(u) ? "Grow the rootfs: pct resize " + g.vmid() + " rootfs +" + grow(u) + "G (resize_lxc_disk), or free space "
                + "inside it (journalctl --vacuum-size, apt clean, old logs)." : "Reduce the load inside the container.";
        return new Finding(name(), critical ? Severity.CRITICAL : Severity.WARNING, Fleet.target(g),
            "CT " + g.vmid() + " " + g.name() + ": " + u.warnings().get(0).replaceFirst("^(CRITICAL|WARNING) ", ""),
            u.warnings().stream().map(w -> "status: " + w).toList(),
            memory ? "The container uses nearly all its memory and swap; the kernel's OOM killer acts inside it at the limit."
                : disk(u) ? "The root filesystem is nearly full; services fail to write (databases stop, logs are lost) "
                    + "and a full rootfs can keep the container from booting." : "A resource is near its limit.",
            fix, action, List.of(), memory ? "memory-pressure" : disk(u) ? "rootfs-full" : "cpu-pressure");
    }

    private static boolean disk(ResourceUsage u) {
        return u.warnings().stream().anyMatch(w -> w.contains("rootfs") || w.contains("disk"));
    }

    private static long grow(ResourceUsage u) {
        return Math.max(2, Math.round(u.maxdisk() / 1024.0 / 1024 / 1024 / 2));
    }
}
