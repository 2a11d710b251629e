package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read endpoints of {@code /nodes/{node}/qemu}: list, status, config, snapshots and the guest agent's
 * interfaces. A VM's config has its own shape ({@code name}, {@code scsi0}, {@code agent}, {@code machine},
 * {@code hostpciN}); {@code agent} answers only when the config enables it and the VM runs.
 */
final class QemuApi {
  static final String VM = "/nodes/{node}/qemu/{vmid}";

  private QemuApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/qemu", "full:bool", QemuApi::list)
        .get(VM + "/status/current", "", call -> Reply.of(status(call.guest("qemu", "VM.Audit"), call)))
        .get(VM + "/config", "current:bool snapshot", call -> {
          Guest g = call.guest("qemu", "VM.Audit");
          Map<String, Object> config = new LinkedHashMap<>(g.config());
          if (g.parent() != null) {
            config.put("parent", g.parent());
          }
          config.put("digest", ConfigValues.digest(g));
          return Reply.of(config);
        })
        .get(VM + "/snapshot", "", QemuApi::snapshots)
        .get(VM + "/agent/network-get-interfaces", "", QemuApi::agentInterfaces);
  }

  private static Reply list(Call call) {
    NodeState node = call.node();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Guest g : call.lab.guests.values()) {
      if (g.type().equals("qemu") && g.node().equals(node.name()) && call.can("/vms/" + g.vmid(), "VM.Audit")) {
        Map<String, Object> row = GuestView.listRow(g, node, call.now);
        row.remove("type");
        row.remove("maxswap");
        row.remove("swap");
        row.put("qmpstatus", g.status());
        rows.add(row);
      }
    }
    return Reply.of(rows);
  }

  private static Map<String, Object> status(Guest g, Call call) {
    Map<String, Object> row = GuestView.listRow(g, call.node(), call.now);
    row.remove("type");
    row.remove("maxswap");
    row.remove("swap");
    row.put("qmpstatus", g.status());
    row.put("ha", Map.of("managed", 0));
    if (agentEnabled(g)) {
      row.put("agent", 1);
    }
    if (g.running()) {
      row.put("running-machine", g.string("machine") == null ? "pc-i440fx-9.0+pve0" : g.string("machine") + "+pve0");
      row.put("running-qemu", "9.0.2");
    }
    return row;
  }

  private static Reply snapshots(Call call) {
    Guest g = call.guest("qemu", "VM.Audit");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Snapshot s : g.snapshots()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", s.name());
      row.put("snaptime", s.snaptime());
      row.put("description", s.description());
      if (s.parent() != null) {
        row.put("parent", s.parent());
      }
      rows.add(row);
    }
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("name", "current");
    current.put("description", "You are here!");
    current.put("running", g.running() ? 1 : 0);
    if (g.parent() != null) {
      current.put("parent", g.parent());
    }
    rows.add(current);
    return Reply.of(rows);
  }

  /** The agent's view: 500 when it is not configured or the VM is not running, as QEMU answers. */
  private static Reply agentInterfaces(Call call) {
    Guest g = call.guestFor("qemu", "VM.GuestAgent.Audit", "VM.GuestAgent.Unrestricted", "VM.Monitor");
    if (!agentEnabled(g)) {
      throw ApiException.serverError("No QEMU guest agent configured");
    }
    if (!g.running()) {
      throw ApiException.serverError("VM " + g.vmid() + " is not running");
    }
    List<Map<String, Object>> result = new ArrayList<>();
    result.add(Map.of("name", "lo", "hardware-address", "00:00:00:00:00:00",
        "ip-addresses", List.of(Map.of("ip-address", "127.0.0.1", "ip-address-type", "ipv4", "prefix", 8))));
    for (int n = 0; n < 10; n++) {
      String net = g.string("net" + n);
      if (net != null) {
        String mac = net.replaceFirst("^[a-z0-9]+=([0-9A-Fa-f:]{17}).*$", "$1");
        result.add(Map.of("name", "ens" + (18 + n), "hardware-address", mac.toLowerCase(java.util.Locale.ROOT),
            "ip-addresses", List.of(Map.of("ip-address", "192.168.40." + (100 + (g.vmid() + n) % 150),
                "ip-address-type", "ipv4", "prefix", 24))));
      }
    }
    return Reply.of(Map.of("result", result));
  }

  static boolean agentEnabled(Guest g) {
    String agent = g.string("agent");
    return agent != null && (agent.equals("1") || agent.startsWith("1,") || agent.contains("enabled=1"));
  }
}
