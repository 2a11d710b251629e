package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.SnapshotReport;
import dev.labcrew.proxmox.lxc.SnapshotTools;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Containers whose newest snapshot is older than 7 days (proposes a fresh one), or that have none. */
final class SnapshotAnalyzer implements Analyzer {
    private final Fleet fleet;
    private final SnapshotTools snapshots;
    private final Clock clock;

    SnapshotAnalyzer(Fleet fleet, Clock clock) {
        this.fleet = fleet;
        this.snapshots = new SnapshotTools(fleet.client());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "lxc-snapshots";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> guests = fleet.containers().stream().filter(Fleet::reachable).toList();
        sweep.progress(name() + ": checking snapshots of " + guests.size() + " containers");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(guests, g -> snapshots.checkLxcSnapshots(g.vmid(), g.node()))) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
            } else if (!outcome.value().warnings().isEmpty()) {
                findings.add(finding(outcome.item(), outcome.value()));
            }
        }
        return findings;
    }

    private Finding finding(ClusterResource g, SnapshotReport report) {
        boolean none = report.snapshots().isEmpty();
        String snapname = "labcrew-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString().replace("-", "");
        ProposedAction action = none ? null : new ProposedAction("create_lxc_snapshot", Map.of("vmid", g.vmid(), "node", g.node(), "snapname", snapname),
            "the newest snapshot of CT " + g.vmid() + " is over 7 days old; a fresh one makes a rollback cheap");
        return new Finding(name(), none ? Severity.INFO : Severity.WARNING, Fleet.target(g),
            "CT " + g.vmid() + " " + g.name() + ": " + (none ? "no snapshots" : "newest snapshot is older than 7 days"),
            report.warnings().stream().map(w -> "snapshots: " + w).toList(),
            none ? "Nothing to roll back to before an upgrade or a config change." : "A rollback would lose everything since then.",
            none ? "Take a snapshot before risky changes (create_lxc_snapshot)." : "Take a fresh snapshot (create_lxc_snapshot snapname=" + snapname + ").",
            action, List.of());
    }
}
