package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.LxcConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Guests sharing one MAC address or one hostname, as after restoring several guests from one golden
 * archive (a restore keeps the archive's MAC and hostname): a MAC shared by running guests is a
 * layer-2 collision.
 */
final class NetworkIdentityAnalyzer implements Analyzer {
    private final Fleet fleet;

    NetworkIdentityAnalyzer(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "network-identity";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<ClusterResource> guests = fleet.containers().stream().filter(Fleet::reachable).toList();
        sweep.progress(name() + ": comparing MAC addresses and hostnames of " + guests.size() + " containers");
        Map<String, List<String>> macs = new TreeMap<>();
        Map<String, List<ClusterResource>> hostnames = new TreeMap<>();
        Map<String, List<ClusterResource>> macOwners = new TreeMap<>();
        Map<String, List<String>> ips = new TreeMap<>();
        Map<String, List<ClusterResource>> ipOwners = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(guests, fleet::config)) {
            if (outcome.failed()) {
                findings.add(Findings.unreadable(name(), outcome.item(), outcome.failure()));
                continue;
            }
            ClusterResource g = outcome.item();
            LxcConfig config = outcome.value();
            config.networks().forEach((key, value) -> {
                String mac = LxcConfig.parsePropertyString(value).get("hwaddr");
                if (mac != null) {
                    String normalized = mac.toUpperCase(Locale.ROOT);
                    macs.computeIfAbsent(normalized, m -> new ArrayList<>()).add("config: ct/" + g.vmid() + " " + key + ": " + value);
                    macOwners.computeIfAbsent(normalized, m -> new ArrayList<>()).add(g);
                }
                String ip = LxcConfig.parsePropertyString(value).get("ip");
                if (ip != null && ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+(/\\d+)?")) {
                    String address = ip.replaceFirst("/.*", "");
                    ips.computeIfAbsent(address, m -> new ArrayList<>()).add("config: ct/" + g.vmid() + " " + key + ": " + value);
                    ipOwners.computeIfAbsent(address, m -> new ArrayList<>()).add(g);
                }
            });
            if (config.hostname() != null) {
                hostnames.computeIfAbsent(config.hostname(), h -> new ArrayList<>()).add(g);
            }
        }
        macOwners.forEach((mac, owners) -> {
            if (owners.size() > 1) {
                findings.add(macFinding(mac, owners, macs.get(mac)));
            }
        });
        ipOwners.forEach((ip, owners) -> {
            if (owners.size() > 1) {
                findings.add(ipFinding(ip, owners, ips.get(ip)));
            }
        });
        hostnames.forEach((name, owners) -> {
            if (owners.size() > 1) {
                findings.add(hostnameFinding(name, owners));
            }
        });
        return findings;
    }

    private Finding macFinding(String mac, List<ClusterResource> owners, List<String> evidence) {
        long running = owners.stream().filter(g -> "running".equals(g.status())).count();
        List<String> steps = new ArrayList<>();
        for (ClusterResource g : owners.subList(1, owners.size())) {
            steps.add(Fleet.target(g) + ": give it a fresh MAC: set its netN again without hwaddr (pct set " + g.vmid()
                + " --net0 name=eth0,bridge=vmbr0,ip=dhcp) and Proxmox generates a new BC:24:11 address; then restart it");
            steps.add(Fleet.target(g) + ": inside the guest, regenerate SSH host keys (ssh-keygen -A): a restore does not");
        }
        return new Finding(name(), running > 1 ? Severity.CRITICAL : Severity.WARNING, targets(owners),
            "MAC address " + mac + " is shared by " + owners.size() + " containers (" + names(owners) + ")", evidence,
            "The containers were restored from one archive, which keeps the archived MAC address; "
                + (running > 1 ? running + " of them run at once, so the LAN sees one MAC on two ports (ARP flapping, lost traffic)."
                    : "when both run, the LAN sees one MAC on two ports."),
            "Keep the MAC on one of them; reset the others' network config without hwaddr so Proxmox generates a fresh one.",
            null, steps, "duplicate-mac");
    }

    private Finding ipFinding(String ip, List<ClusterResource> owners, List<String> evidence) {
        long running = owners.stream().filter(g -> "running".equals(g.status())).count();
        List<String> steps = owners.subList(1, owners.size()).stream()
            .map(g -> Fleet.target(g) + ": pct set " + g.vmid() + " --net0 <same options>,ip=<a free address>/<prefix>, then restart it")
            .toList();
        return new Finding(name(), running > 1 ? Severity.CRITICAL : Severity.WARNING, targets(owners),
            "Static IP " + ip + " is configured on " + owners.size() + " containers (" + names(owners) + ")", evidence,
            "Two guests claim one address" + (running > 1 ? " and both run: ARP answers alternate, so connections to "
                + ip + " reach either guest and drop at random." : "; when both run, connections reach either at random."),
            "Give all but one of them a free static address (or DHCP) in netN ip=, then restart them.", null, steps,
            "duplicate-ip");
    }

    private Finding hostnameFinding(String hostname, List<ClusterResource> owners) {
        List<String> steps = owners.subList(1, owners.size()).stream()
            .map(g -> Fleet.target(g) + ": pct set " + g.vmid() + " --hostname <unique-name>; the new name reaches the guest at its next boot")
            .toList();
        return new Finding(name(), Severity.WARNING, targets(owners),
            "Hostname " + hostname + " is used by " + owners.size() + " containers (" + names(owners) + ")",
            owners.stream().map(g -> "config: ct/" + g.vmid() + " hostname: " + hostname).toList(),
            "A restore keeps the archive's hostname; DHCP leases, DNS and monitoring mix the guests up.",
            "Give each container its own hostname.", null, steps, "duplicate-hostname");
    }

    private static String targets(List<ClusterResource> owners) {
        return String.join(",", owners.stream().map(Fleet::target).toList());
    }

    private static String names(List<ClusterResource> owners) {
        return String.join(", ", owners.stream().map(g -> "CT " + g.vmid()).toList());
    }
}
