package dev.labcrew.proxmox.analysis;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.lxc.FirewallOptions;
import dev.labcrew.proxmox.lxc.LxcConfig;
import dev.labcrew.proxmox.task.TaskSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lab as one sweep sees it: the inventory from one cluster-wide request, and per-guest reads
 * made at most once and shared by every analyzer of the sweep.
 */
final class Fleet {
    private final ProxmoxClient client;
    private volatile List<ClusterResource> containers;
    private final Map<Integer, LxcConfig> configs = new ConcurrentHashMap<>();
    private final Map<Integer, FirewallOptions> firewalls = new ConcurrentHashMap<>();
    private final Map<String, List<TaskSummary>> activeTasks = new ConcurrentHashMap<>();

    Fleet(ProxmoxClient client) {
        this.client = client;
    }

    ProxmoxClient client() {
        return client;
    }

    /** LXC containers that are not templates, by VMID; guests on unreachable nodes included (status unknown). */
    List<ClusterResource> containers() {
        if (containers == null) {
            synchronized (this) {
                if (containers == null) {
                    containers = client.cluster().guests().stream().filter(ClusterResource::isLxc).filter(g -> !g.template())
                        .sorted(Comparator.comparingInt(ClusterResource::vmid)).toList();
                }
            }
        }
        return containers;
    }

    LxcConfig config(ClusterResource guest) {
        return configs.computeIfAbsent(guest.vmid(), id -> client.lxc().config(guest.node(), id));
    }

    FirewallOptions firewall(ClusterResource guest) {
        return firewalls.computeIfAbsent(guest.vmid(), id -> client.lxc().firewallOptions(guest.node(), id));
    }

    /** Running tasks of one guest, from one active-task request per node. */
    List<String> activeTasks(ClusterResource guest) {
        return activeTasks.computeIfAbsent(guest.node(), node -> client.tasks().list(node, null, null, 100).stream()
                .filter(TaskSummary::running).toList())
            .stream().filter(t -> String.valueOf(guest.vmid()).equals(t.id())).map(t -> t.type() + " " + t.upid()).toList();
    }

    static String target(ClusterResource guest) {
        return "ct/" + guest.vmid() + "@" + guest.node();
    }

    static boolean reachable(ClusterResource guest) {
        return !"unknown".equals(guest.status());
    }
}
