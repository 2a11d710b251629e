package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.lxc.UsageThresholds;
import java.time.Clock;
import java.util.List;

/**
 * The analyzers of a Proxmox lab for one sweep: startup failures, resource pressure, config and
 * security, network identity, snapshots, VMs and backups; findings name their cluster when several are
 * configured. They share one inventory request and read each guest at
 * most once. Create a new set per sweep.
 */
public final class ProxmoxAnalyzers {
    private ProxmoxAnalyzers() {
    }

    public static List<Analyzer> create(ProxmoxClient client) {
        return create(client, UsageThresholds.defaults(), Clock.systemUTC());
    }

    public static List<Analyzer> create(ProxmoxClient client, UsageThresholds thresholds, Clock clock) {
        Fleet fleet = new Fleet(client);
        StartupDiagnostician diagnostician = StartupDiagnostician.withBuiltInKnowledge();
        List<Analyzer> analyzers = List.of(new StartupAnalyzer(fleet, diagnostician), new ResourceAnalyzer(fleet, thresholds),
            new ConfigAnalyzer(fleet, diagnostician), new NetworkIdentityAnalyzer(fleet), new SnapshotAnalyzer(fleet, clock),
            new ClusterHealthAnalyzer(fleet), new KernelLogAnalyzer(fleet),
            new TaskFailureAnalyzer(fleet, diagnostician, clock), new BackupAnalyzer(client, clock), new VmAnalyzer(client));
        String cluster = client.config().cluster();
        return cluster == null ? analyzers : analyzers.stream().<Analyzer>map(a -> new ClusterLabel(a, cluster)).toList();
    }
}
