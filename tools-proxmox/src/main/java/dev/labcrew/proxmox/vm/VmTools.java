package dev.labcrew.proxmox.vm;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Inventory, status, usage and snapshots of QEMU virtual machines. */
public final class VmTools {
    private static final Set<String> STATUSES = Set.of("running", "stopped", "paused", "unknown");
    private static final long OLD_SNAPSHOT = 14 * 86_400L;

    private final ProxmoxClient client;
    private final QemuApi qemu;
    private final GuestLocator locator;
    private final Clock clock;

    public VmTools(ProxmoxClient client) {
        this(client, Clock.systemUTC());
    }

    public VmTools(ProxmoxClient client, Clock clock) {
        this.client = client;
        this.qemu = new QemuApi(client);
        this.locator = GuestLocator.vms(client);
        this.clock = clock;
    }

    @Tool(name = "list_vms", value = "Every QEMU VM with status and usage.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public VmList listVms(@P(value = "", required = false) String node,
                          @P(value = "running, stopped, paused or unknown", required = false) String status) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw LabcrewException.badInput("Unknown status '" + status + "'", "use one of running, stopped, paused, unknown");
        }
        List<ClusterResource> guests = client.cluster().guests();
        List<VmRow> rows = guests.stream().filter(g -> "qemu".equals(g.type()))
            .filter(g -> node == null || node.isBlank() || g.node().equals(node.trim()))
            .filter(g -> wanted == null || wanted.equals(g.status()))
            .sorted(Comparator.comparingInt(ClusterResource::vmid)).map(VmTools::row).toList();
        List<String> offline = guests.stream().filter(g -> "unknown".equals(g.status())).map(ClusterResource::node).distinct().sorted().toList();
        return new VmList(rows, node, wanted, offline);
    }

    @Tool(name = "check_vm_status", value = "Is a VM running; uptime, lock, agent, IPs.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "VM.Audit@/vms", better = "VM.GuestAgent.Audit@/vms")
    public VmStatusReport checkVmStatus(@P("guest VMID") Integer vmid,
                                        @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        VmStatus s = qemu.status(at, vmid);
        List<Gap> gaps = new ArrayList<>();
        String agent = "off";
        List<AgentInterface> addresses = List.of();
        if (s.agent() && s.running()) {
            var read = Gap.read("guest agent", "VM.GuestAgent.Audit on /vms/" + vmid + " (PVE 8: VM.Monitor)",
                () -> qemu.agentInterfaces(at, vmid), gaps);
            addresses = read.orElse(List.of());
            agent = read.isPresent() ? "responding" : agentState(gaps);
        } else if (s.agent()) {
            agent = "enabled, VM not running";
        }
        return new VmStatusReport(vmid, at, s.name(), s.status(), s.qmpstatus(), s.uptime(), s.lock(), s.pid(), s.template(),
            s.runningMachine(), agent, addresses, s.cpu() * 100, s.mem(), s.maxmem(), gaps);
    }

    @Tool(name = "get_vm_resource_usage", value = "CPU, memory, network, disk I/O of a VM.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public VmUsage getVmResourceUsage(@P("guest VMID") Integer vmid,
                                      @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        VmStatus s = qemu.status(at, vmid);
        List<String> warnings = new ArrayList<>();
        if (s.running() && s.cpu() >= 0.9) {
            warnings.add("WARNING CPU at " + Math.round(s.cpu() * 100) + "% of its vCPUs");
        }
        if (s.running() && s.maxmem() > 0 && s.mem() * 10 >= s.maxmem() * 9L) {
            warnings.add("WARNING memory at " + (s.mem() * 100 / s.maxmem()) + "% of its allocation");
        }
        return new VmUsage(vmid, at, s.name(), s.status(), s.cpu() * 100, s.cpus(), s.mem(), s.maxmem(), s.maxdisk(),
            s.netin(), s.netout(), s.diskread(), s.diskwrite(), s.uptime(), warnings);
    }

    @Tool(name = "check_vm_snapshots", value = "Snapshots of a VM; warns when old.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public VmSnapshotReport checkVmSnapshots(@P("guest VMID") Integer vmid,
                                             @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        List<VmSnapshot> all = qemu.snapshots(at, vmid);
        long now = clock.instant().getEpochSecond();
        List<VmSnapshot> real = all.stream().filter(s -> !"current".equals(s.name())).toList();
        String current = all.stream().filter(s -> "current".equals(s.name())).map(VmSnapshot::parent).findFirst().orElse(null);
        List<String> warnings = real.stream().filter(s -> now - s.snaptime() > OLD_SNAPSHOT)
            .map(s -> "WARNING snapshot " + s.name() + " is older than 14 days: it grows with every write and slows the disk").toList();
        return new VmSnapshotReport(vmid, at, real, current, now, warnings);
    }

    private static String agentState(List<Gap> gaps) {
        Gap gap = gaps.get(gaps.size() - 1);
        return gap.status() == 500 ? "not responding (" + gap.why() + ")" : "unknown";
    }

    private static VmRow row(ClusterResource g) {
        List<String> tags = g.tags() == null || g.tags().isBlank() ? List.of() : List.of(g.tags().split("[;,]"));
        return new VmRow(g.vmid(), g.name(), g.node(), g.status(), g.cpu() * 100, g.maxcpu(), g.mem(), g.maxmem(),
            g.maxdisk(), g.uptime(), g.template(), g.lock(), g.hastate(), tags);
    }
}
