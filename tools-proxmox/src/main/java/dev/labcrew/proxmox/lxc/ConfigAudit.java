package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Severity;
import dev.labcrew.proxmox.diagnosis.Finding;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.StartupEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * The security and reliability audit of a container config. The checks that also explain start
 * failures (privileged, raw fuse mounts, Docker-in-LXC features, bind mounts, stale locks) come from
 * the startup knowledge base, so every tool says the same thing; firewall and onboot are checked here.
 * Used by {@code get_lxc_config} and by the fleet analyzers.
 */
public final class ConfigAudit {
    private final StartupDiagnostician diagnostician;

    public ConfigAudit(StartupDiagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    /**
     * Findings for one config, most severe first.
     *
     * @param firewall the firewall options, or null when they could not be read (then nothing is said about them)
     * @param activeTasks running tasks of the guest, to tell a lock in use from a stale one
     */
    public List<Finding> audit(int vmid, String node, LxcConfig config, FirewallOptions firewall, List<String> activeTasks) {
        StartupEvidence configOnly = new StartupEvidence(vmid, node, "unknown", config.lock(), null, List.of(),
            config.values(), config.rawEntries(), activeTasks, List.of());
        List<Finding> findings = new ArrayList<>(diagnostician.diagnose(configOnly).findings());
        if (firewall != null && !firewall.enable()) {
            findings.add(new Finding("firewall-off", Severity.WARNING, "Firewall disabled for CT " + vmid,
                "The container's firewall options have enable=0, so no Proxmox firewall rule filters its traffic.",
                List.of("firewall options: enable=0"),
                "Enable it (Datacenter and CT > Firewall > Options) and set firewall=1 on its netN interfaces.", false));
        } else if (firewall != null && config.networks().values().stream().noneMatch(n -> n.contains("firewall=1"))) {
            findings.add(new Finding("firewall-unused", Severity.WARNING, "Firewall enabled but no interface of CT " + vmid + " uses it",
                "No netN entry has firewall=1, so the enabled firewall applies no rule.",
                config.networks().entrySet().stream().map(e -> "config: " + e.getKey() + ": " + e.getValue()).toList(),
                "Set firewall=1 on the container's interfaces.", false));
        }
        if (!config.onboot()) {
            findings.add(new Finding("onboot-off", Severity.INFO, "CT " + vmid + " does not start at boot",
                "onboot is 0, so the container stays down after a host reboot.", List.of("config: onboot: 0"),
                "Set onboot: 1 if it should start with the host (pct set " + vmid + " --onboot 1).", false));
        }
        return findings;
    }

    /** The audit as one line per finding, for {@code get_lxc_config}. */
    List<String> warnings(int vmid, String node, LxcConfig config, FirewallOptions firewall) {
        List<String> warnings = new ArrayList<>();
        for (Finding f : audit(vmid, node, config, firewall, List.of())) {
            warnings.add(f.severity() + " " + f.title() + ". Fix: " + f.fix().replace('\n', ' '));
        }
        return warnings;
    }
}
