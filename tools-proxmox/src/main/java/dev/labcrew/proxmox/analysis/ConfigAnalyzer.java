package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.lxc.ConfigAudit;
import java.util.ArrayList;
import java.util.List;

/** Security and reliability of every container's config: privileged, raw devices, Docker features, firewall, locks. */
final class ConfigAnalyzer implements Analyzer {
    private final Fleet fleet;
    private final ConfigAudit audit;

    ConfigAnalyzer(Fleet fleet, StartupDiagnostician diagnostician) {
        this.fleet = fleet;
        this.audit = new ConfigAudit(diagnostician);
    }

    @Override
    public String name() {
        return "lxc-config";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> guests = fleet.containers().stream().filter(Fleet::reachable).toList();
        sweep.progress(name() + ": auditing " + guests.size() + " container configs");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(guests, g -> audit.audit(g.vmid(), g.node(), fleet.config(g), fleet.firewall(g), fleet.activeTasks(g)))) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
            } else {
                outcome.value().forEach(f -> findings.add(Findings.of(name(), outcome.item(), f, null)));
            }
        }
        return findings;
    }
}
