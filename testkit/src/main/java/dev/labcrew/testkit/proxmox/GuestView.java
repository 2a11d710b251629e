package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a guest the way {@code /cluster/resources}, {@code /nodes/{node}/lxc} and {@code status/current} do. */
final class GuestView {
  private GuestView() {}

  /** A {@code /cluster/resources} row; a guest on an offline node keeps only what the cluster remembers. */
  static Map<String, Object> resource(Guest g, NodeState node, boolean nodeOffline, long now) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", g.type() + "/" + g.vmid());
    row.put("type", g.type());
    row.put("vmid", g.vmid());
    row.put("name", g.name());
    row.put("node", g.node());
    row.put("status", nodeOffline ? "unknown" : g.status());
    row.put("maxcpu", cpus(g, node));
    row.put("maxmem", maxmem(g));
    row.put("maxdisk", maxdisk(g));
    if (!nodeOffline) {
      counters(row, g, now);
    }
    row.put("template", g.longValue("template", 0));
    optional(row, g);
    return row;
  }

  /** A {@code /nodes/{node}/lxc} row: the same counters as {@code status/current}, without {@code ha}. */
  static Map<String, Object> listRow(Guest g, NodeState node, long now) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("vmid", g.vmid());
    row.put("name", g.name());
    row.put("type", g.type());
    row.put("status", g.status());
    row.put("cpus", cpus(g, node));
    row.put("maxmem", maxmem(g));
    row.put("maxswap", g.longValue("swap", 0) << 20);
    row.put("maxdisk", maxdisk(g));
    counters(row, g, now);
    row.put("swap", g.usage().swap());
    if (g.running()) {
      row.put("pid", g.pid());
    }
    if (g.longValue("template", 0) == 1) {
      row.put("template", 1);
    }
    optional(row, g);
    return row;
  }

  static Map<String, Object> statusCurrent(Guest g, NodeState node, long now) {
    Map<String, Object> row = listRow(g, node, now);
    row.put("ha", Map.of("managed", 0));
    return row;
  }

  private static void counters(Map<String, Object> row, Guest g, long now) {
    GuestUsage u = g.usage();
    row.put("cpu", u.cpu());
    row.put("mem", u.mem());
    row.put("disk", u.disk());
    row.put("netin", u.netin());
    row.put("netout", u.netout());
    row.put("diskread", u.diskread());
    row.put("diskwrite", u.diskwrite());
    row.put("uptime", g.uptime(now));
  }

  private static void optional(Map<String, Object> row, Guest g) {
    if (g.string("tags") != null) {
      row.put("tags", g.string("tags"));
    }
    if (g.string("lock") != null) {
      row.put("lock", g.string("lock"));
    }
  }

  static long maxmem(Guest g) {
    return g.longValue("memory", 512) << 20;
  }

  static long maxdisk(Guest g) {
    for (String key : new String[] {"rootfs", "scsi0", "virtio0", "sata0", "ide0"}) {
      long size = ConfigValues.sizeBytes(g.string(key));
      if (size > 0) {
        return size;
      }
    }
    return 0;
  }

  /** {@code cores}, else {@code cpulimit}, else the node's CPU count, as PVE's vmstatus computes it. */
  static Number cpus(Guest g, NodeState node) {
    if (g.string("cores") != null) {
      return g.longValue("cores", 1);
    }
    String limit = g.string("cpulimit");
    if (limit != null && Double.parseDouble(limit) > 0) {
      return Double.parseDouble(limit);
    }
    return node.maxcpu();
  }
}
