package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.vm.VmConfigReport;
import dev.labcrew.proxmox.vm.VmConfigTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VMs: down although they start at boot (proposes start_vm), memory pressure, and config audit warnings. */
final class VmAnalyzer implements Analyzer {
    private final ProxmoxClient client;
    private final VmConfigTools configs;

    VmAnalyzer(ProxmoxClient client) {
        this.client = client;
        this.configs = new VmConfigTools(client);
    }

    @Override
    public String name() {
        return "vms";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> vms = client.cluster().guests().stream()
            .filter(g -> "qemu".equals(g.type()) && !g.template() && !"unknown".equals(g.status())).toList();
        sweep.progress(name() + ": auditing " + vms.size() + " VMs");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(vms, g -> configs.getVmConfig(g.vmid(), g.node()))) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
            } else {
                findings.addAll(findings(outcome.item(), outcome.value()));
            }
        }
        return findings;
    }

    private List<Finding> findings(ClusterResource g, VmConfigReport report) {
        String target = "vm/" + g.vmid() + "@" + g.node();
        String label = "VM " + g.vmid() + " " + g.name();
        List<Finding> findings = new ArrayList<>();
        if ("stopped".equals(g.status()) && report.config().onboot()) {
            findings.add(new Finding(name(), Severity.CRITICAL, target, label + " is stopped although it starts at boot",
                List.of("status: stopped", "config: onboot: 1"), "It did not come back after a reboot, or was stopped by hand.",
                "Start it (start_vm) and read its task log if it fails.",
                new ProposedAction("start_vm", Map.of("vmid", g.vmid(), "node", g.node()), label + " should be running (onboot=1)"), List.of()));
        }
        if ("running".equals(g.status()) && g.maxmem() > 0 && g.mem() * 100 / g.maxmem() >= 90) {
            findings.add(new Finding(name(), Severity.WARNING, target, label + ": memory at " + g.mem() * 100 / g.maxmem() + "%",
                List.of("memory: " + g.mem() + "/" + g.maxmem()), "The guest may swap or its OOM killer may end processes.",
                "Give it more memory or find the process that grew.", null, List.of()));
        }
        List<String> audit = report.warnings().stream().filter(w -> w.startsWith("WARNING")).toList();
        if (!audit.isEmpty()) {
            findings.add(new Finding(name(), Severity.WARNING, target, label + ": " + audit.size() + " config warnings",
                audit.stream().map(w -> "get_vm_config: " + w).toList(), "Its config makes backups, migration or shutdown less reliable.",
                "Fix each as its line says.", null, List.of()));
        }
        return findings;
    }
}
