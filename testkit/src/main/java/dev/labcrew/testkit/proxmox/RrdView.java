package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code rrddata}: 70 points per timeframe at PVE's resolutions, around the guest's current usage with a little
 * deterministic noise. Rates ({@code netin}, {@code diskread}, ...) are bytes per second as in PVE.
 */
final class RrdView {
  private static final Map<String, Integer> STEP = Map.of("hour", 60, "day", 1800, "week", 10800,
      "month", 43200, "year", 604800);
  private static final int POINTS = 70;

  private RrdView() {}

  static List<Map<String, Object>> rows(Guest g, NodeState node, String timeframe, long now) {
    int step = STEP.get(timeframe);
    Random noise = new Random(g.vmid() * 31L + step);
    long last = now - now % step;
    GuestUsage u = g.usage();
    long uptime = Math.max(1, g.uptime(now));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = POINTS - 1; i >= 0; i--) {
      long time = last - (long) i * step;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("time", time);
      row.put("maxcpu", GuestView.cpus(g, node));
      row.put("maxmem", GuestView.maxmem(g));
      row.put("maxdisk", GuestView.maxdisk(g));
      if (g.running() && time >= now - uptime) {
        double wobble = 0.9 + noise.nextDouble() * 0.2;
        row.put("cpu", u.cpu() * wobble);
        row.put("mem", (double) Math.min(GuestView.maxmem(g), (long) (u.mem() * wobble)));
        row.put("disk", (double) u.disk());
        row.put("netin", u.netin() / (double) uptime * wobble);
        row.put("netout", u.netout() / (double) uptime * wobble);
        row.put("diskread", u.diskread() / (double) uptime * wobble);
        row.put("diskwrite", u.diskwrite() / (double) uptime * wobble);
      }
      rows.add(row);
    }
    return rows;
  }
}
