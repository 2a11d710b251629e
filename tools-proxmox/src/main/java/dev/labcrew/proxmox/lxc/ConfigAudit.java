package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.diagnosis.Finding;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.StartupEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit warnings for a container config. The checks that also explain start failures (privileged,
 * raw fuse mounts, Docker-in-LXC features, bind mounts, stale locks) come from the startup knowledge
 * base, so both tools say the same thing; firewall and onboot are checked here.
 */
final class ConfigAudit {
    private final StartupDiagnostician diagnostician;

    ConfigAudit(StartupDiagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    List<String> warnings(int vmid, String node, LxcConfig config, FirewallOptions firewall) {
        StartupEvidence configOnly = new StartupEvidence(vmid, node, "unknown", config.lock(), null, List.of(),
            config.values(), config.rawEntries(), List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        for (Finding f : diagnostician.diagnose(configOnly).findings()) {
            warnings.add(f.severity() + " " + f.title() + ". Fix: " + f.fix().replace('\n', ' '));
        }
        if (!firewall.enable()) {
            warnings.add("WARNING firewall disabled for this container: enable it (Firewall > Options) and set firewall=1 on its interfaces");
        } else if (config.networks().values().stream().noneMatch(n -> n.contains("firewall=1"))) {
            warnings.add("WARNING firewall enabled but no interface has firewall=1, so no rule applies");
        }
        if (!config.onboot()) {
            warnings.add("INFO onboot is off: the container stays down after a host reboot (set onboot: 1 if it should start)");
        }
        return warnings;
    }
}
