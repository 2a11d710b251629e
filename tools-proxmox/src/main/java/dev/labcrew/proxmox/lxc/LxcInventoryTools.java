package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.Comparator;
import java.util.List;

/**
 * Inventory, status and resource usage of LXC containers. Listing the whole cluster is one request
 * to {@code /cluster/resources?type=vm}, whatever the number of guests.
 */
public final class LxcInventoryTools {
    private final ProxmoxClient client;
    private final GuestLocator locator;
    private final UsageThresholds thresholds;

    public LxcInventoryTools(ProxmoxClient client) {
        this(client, UsageThresholds.defaults());
    }

    public LxcInventoryTools(ProxmoxClient client, UsageThresholds thresholds) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
        this.thresholds = thresholds;
    }

    @Tool(name = "list_lxc_containers", value = "Every LXC container: status, usage, tags.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public LxcList listLxcContainers(
            @P(value = "", required = false) String node,
            @P(value = "running, stopped, paused or unknown", required = false) String status,
            @P(value = "", required = false) String tag,
            @P(value = "glob, e.g. web-*", required = false) String name,
            @P(value = "50 rows each", required = false) Integer page) {
        LxcFilter filter = LxcFilter.of(node, status, tag, name);
        if (page != null && page < 1) {
            throw LabcrewException.badInput("page must be 1 or more, got " + page, "pages hold 50 rows by VMID; start with page=1");
        }
        List<ClusterResource> guests = client.cluster().guests();
        List<LxcRow> rows = guests.stream()
            .filter(ClusterResource::isLxc)
            .sorted(Comparator.comparingInt(ClusterResource::vmid))
            .map(LxcInventoryTools::row)
            .filter(filter::matches)
            .toList();
        List<String> offline = guests.stream().filter(g -> "unknown".equals(g.status())).map(ClusterResource::node).distinct().sorted().toList();
        return new LxcList(rows, filter, page, offline);
    }

    /** The containers of {@code node} and {@code status} (each null for all), sorted by VMID. */
    public LxcList listLxcContainers(String node, String status) {
        return listLxcContainers(node, status, null, null, null);
    }

    @Tool(name = "check_lxc_status", value = "Is a container running; uptime, lock, usage.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public LxcStatusReport checkLxcStatus(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        var s = client.lxc().status(at, vmid);
        return new LxcStatusReport(vmid, at, s.name(), s.status(), s.uptime(), s.lock(), s.pid(),
            s.cpu() * 100, s.cpus(), s.mem(), s.maxmem(), s.disk(), s.maxdisk());
    }

    @Tool(name = "get_lxc_resource_usage", value = "CPU, memory, swap, disk, I/O of a container.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public ResourceUsage getLxcResourceUsage(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        var s = client.lxc().status(at, vmid);
        // PVE reports cpu as a fraction of the container's allocated CPUs, as its GUI shows it.
        return new ResourceUsage(vmid, at, s.name(), s.status(), s.cpu() * 100, s.cpus(), s.mem(), s.maxmem(), s.swap(), s.maxswap(),
            s.disk(), s.maxdisk(), s.netin(), s.netout(), s.diskread(), s.diskwrite(), s.uptime(), thresholds.check(s));
    }

    private static LxcRow row(ClusterResource g) {
        List<String> tags = g.tags() == null || g.tags().isBlank() ? List.of() : List.of(g.tags().split("[;,]"));
        return new LxcRow(g.vmid(), g.name(), g.node(), g.status(), g.cpu() * 100, g.maxcpu(), g.mem(), g.maxmem(),
            g.disk(), g.maxdisk(), g.uptime(), g.lock(), tags, g.template());
    }
}
