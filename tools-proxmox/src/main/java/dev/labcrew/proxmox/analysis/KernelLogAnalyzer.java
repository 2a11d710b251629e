package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.LxcConfig;
import dev.labcrew.proxmox.node.JournalLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host kernel's lines in each node's journal, mapped to containers by their cgroup ({@code /lxc/VMID}) or
 * AppArmor profile ({@code lxc-VMID_}): memcg OOM kills with count and last time, even when memory looks fine now,
 * and AppArmor denials (Docker-in-LXC without nesting).
 */
final class KernelLogAnalyzer implements Analyzer {
    static final int LINES = 2000;
    private static final Pattern OOM = Pattern.compile("oom-kill:.*oom_memcg=/lxc/(\\d+)");
    private static final Pattern KILLED = Pattern.compile("Memory cgroup out of memory: Killed process \\d+ \\(([^)]+)\\)");
    private static final Pattern DENIED = Pattern.compile("apparmor=\"DENIED\" operation=\"([a-z_]+)\".*profile=\"lxc-(\\d+)_");

    private final Fleet fleet;

    KernelLogAnalyzer(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "kernel-log";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        List<String> nodes = fleet.containers().stream().filter(Fleet::reachable).map(ClusterResource::node).distinct().toList();
        sweep.progress(name() + ": reading the kernel lines of " + nodes.size() + " node journals");
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(nodes, node -> fleet.client().nodes().journal(node, null, LINES))) {
            if (outcome.failed()) {
                findings.add(Findings.gap(name(), "node/" + outcome.item(), "kernel log of node " + outcome.item(),
                    outcome.failure(), "memcg OOM kills and AppArmor denials on this node cannot be seen",
                    "Sys.Syslog on /nodes/" + outcome.item()));
            } else {
                findings.addAll(read(outcome.item(), outcome.value()));
            }
        }
        return findings;
    }

    private List<Finding> read(String node, List<JournalLine> journal) {
        Map<Integer, List<String>> ooms = new TreeMap<>();
        Map<Integer, String> victims = new TreeMap<>();
        Map<Integer, List<String>> denials = new TreeMap<>();
        String lastVictim = null;
        for (JournalLine line : journal) {
            String text = line.t();
            Matcher killed = KILLED.matcher(text);
            if (killed.find()) {
                lastVictim = killed.group(1);
            }
            Matcher oom = OOM.matcher(text);
            if (oom.find()) {
                int vmid = Integer.parseInt(oom.group(1));
                ooms.computeIfAbsent(vmid, v -> new ArrayList<>()).add(text);
                Matcher task = Pattern.compile("task=([^,]+)").matcher(text);
                victims.put(vmid, task.find() ? task.group(1) : lastVictim);
            }
            Matcher denied = DENIED.matcher(text);
            if (denied.find()) {
                denials.computeIfAbsent(Integer.parseInt(denied.group(2)), v -> new ArrayList<>()).add(text);
            }
        }
        List<Finding> findings = new ArrayList<>();
        ooms.forEach((vmid, lines) -> findings.add(oomFinding(node, vmid, lines, victims.get(vmid))));
        denials.forEach((vmid, lines) -> findings.add(apparmorFinding(node, vmid, lines)));
        return findings;
    }

    private Finding oomFinding(String node, int vmid, List<String> lines, String victim) {
        Optional<ClusterResource> guest = guest(vmid);
        String where = guest.map(Fleet::target).orElse("ct/" + vmid + "@" + node);
        String last = lines.get(lines.size() - 1);
        LxcConfig config = guest.map(fleet::config).orElse(null);
        int memory = config == null ? 0 : config.memory();
        int raise = memory <= 0 ? 0 : (int) (Math.ceil(memory * 1.5 / 256.0) * 256);
        ProposedAction action = raise == 0 ? null : new ProposedAction("update_lxc_resources",
            Map.of("vmid", vmid, "node", guest.get().node(), "memory", raise),
            "the kernel OOM-killed " + lines.size() + " process(es) in CT " + vmid + " at its " + memory + " MiB limit");
        return new Finding(name(), lines.size() > 1 ? Severity.CRITICAL : Severity.WARNING, where,
            "CT " + vmid + ": kernel OOM-killed " + (victim == null ? "a process" : victim) + " " + lines.size()
                + " time(s) at its memory limit, last at " + time(last),
            List.of("kernel: " + last), "The container's memory cgroup (/lxc/" + vmid + ") hit its limit" + (memory > 0
                ? " of " + memory + " MiB" : "") + " and the host kernel killed a process inside it; its usage looks "
                + "normal again afterwards, so only the kernel log shows it.",
            raise > 0 ? "Raise its memory: update_lxc_resources vmid=" + vmid + " memory=" + raise + " (takes effect at "
                + "once), or find what grows inside it." : "Raise the container's memory (pct set " + vmid + " --memory MiB).",
            action, List.of(), "oom-killed");
    }

    private Finding apparmorFinding(String node, int vmid, List<String> lines) {
        Optional<ClusterResource> guest = guest(vmid);
        String where = guest.map(Fleet::target).orElse("ct/" + vmid + "@" + node);
        LxcConfig config = guest.map(fleet::config).orElse(null);
        boolean nesting = config != null && "1".equals(config.features().get("nesting"));
        String last = lines.get(lines.size() - 1);
        return new Finding(name(), nesting ? Severity.WARNING : Severity.CRITICAL, where,
            "CT " + vmid + ": AppArmor denied " + lines.size() + " operation(s)" + (nesting ? "" : " (nesting is off)"),
            List.of("kernel: " + last),
            nesting ? "The lxc-container-default profile denied an operation inside the container."
                : "Software inside the container (Docker, containerd, systemd services with sandboxing) mounts proc, sysfs "
                    + "or overlay filesystems; without features nesting=1 the lxc-container-default-cgns AppArmor profile "
                    + "denies it, so Docker containers fail to start.",
            nesting ? "Read the denied operation and profile; allow it only if the container needs it."
                : "Enable nesting (and keyctl for an unprivileged CT running Docker): pct set " + vmid
                    + " --features nesting=1,keyctl=1, then restart the container. Nesting may be set with "
                    + "VM.Allocate; keyctl needs root@pam.",
            null, nesting ? List.of() : List.of(where + ": pct set " + vmid + " --features nesting=1,keyctl=1 and restart"),
            nesting ? "apparmor-denied" : "docker-without-nesting");
    }

    private Optional<ClusterResource> guest(int vmid) {
        return fleet.containers().stream().filter(g -> g.vmid() == vmid).findFirst();
    }

    private static String time(String line) {
        return line.length() > 15 ? line.substring(0, 15) : line;
    }
}
