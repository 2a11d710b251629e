package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.diagnosis.KnownSignature;
import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.UnknownFailure;
import dev.labcrew.proxmox.lxc.StartupTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Why stopped containers do not start: the startup knowledge base on each stopped container. */
final class StartupAnalyzer implements Analyzer {
    private final Fleet fleet;
    private final StartupTools startup;
    /** Config checks are reported by the config analyzer; here only what concerns the start itself. */
    private final Set<String> configChecks;

    StartupAnalyzer(Fleet fleet, StartupDiagnostician diagnostician) {
        this.fleet = fleet;
        this.startup = new StartupTools(fleet.client(), diagnostician);
        this.configChecks = diagnostician.signatures().stream().filter(s -> s.lookIn().equals(List.of("config")))
            .map(KnownSignature::id).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "lxc-startup";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> stopped = fleet.containers().stream().filter(g -> "stopped".equals(g.status())).toList();
        sweep.progress(name() + ": diagnosing " + stopped.size() + " stopped containers");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(stopped, g -> startup.troubleshootLxcStartup(g.vmid(), g.node()))) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
            } else {
                findings.addAll(findings(outcome.item(), outcome.value()));
            }
        }
        return findings;
    }

    private List<Finding> findings(ClusterResource guest, StartupDiagnosis diagnosis) {
        List<Finding> findings = new ArrayList<>();
        for (var f : diagnosis.findings()) {
            if (!configChecks.contains(f.id()) && f.severity() != Severity.INFO) {
                findings.add(Findings.of(name(), guest, f, null));
            }
        }
        UnknownFailure unknown = diagnosis.unknown();
        if (unknown != null) {
            findings.add(UnknownFindings.of(name(), Fleet.target(guest), "CT " + guest.vmid() + " " + guest.name() + ": start failed",
                unknown, lastLog(guest), "pct start " + guest.vmid() + " --debug on " + guest.node()));
        }
        diagnosis.gaps().forEach(g -> findings.add(new Finding(name(), Severity.INFO, Fleet.target(guest),
            "CT " + guest.vmid() + ": evidence missing", List.of("gap: " + g), g, "Grant the named privilege to the token.", null, List.of())));
        return findings;
    }

    /** The newest start task's log, to quote the lines around an unexplained failure. */
    private List<String> lastLog(ClusterResource guest) {
        return fleet.client().tasks().list(guest.node(), guest.vmid(), "vzstart", 1).stream().findFirst()
            .map(t -> fleet.client().tasks().tail(t.upid(), 60).stream().map(dev.labcrew.proxmox.task.TaskLogLine::t).toList())
            .orElse(List.of());
    }
}
