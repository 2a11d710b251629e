package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read endpoints of {@code /nodes/{node}/lxc}: list, status, config, snapshots, interfaces, firewall, RRD. */
final class LxcApi {
  private static final String CT = "/nodes/{node}/lxc/{vmid}";

  private LxcApi() {}

  static void register(Routes routes) {
    routes.get("/nodes/{node}/lxc", "", LxcApi::list)
        .get(CT + "/status/current", "", call -> {
          Guest g = call.guest("lxc", "VM.Audit");
          return Reply.of(GuestView.statusCurrent(g, call.node(), call.now));
        })
        .get(CT + "/config", "current:bool snapshot", LxcApi::config)
        .get(CT + "/snapshot", "", LxcApi::snapshots)
        .get(CT + "/interfaces", "", LxcApi::interfaces)
        .get(CT + "/firewall/options", "", call -> Reply.of(call.guest("lxc", "VM.Audit").firewall()))
        .get(CT + "/rrddata", "!timeframe:hour|day|week|month|year cf:AVERAGE|MAX", call -> {
          Guest g = call.guest("lxc", "VM.Audit");
          return Reply.of(RrdView.rows(g, call.node(), call.param("timeframe"), call.now));
        });
  }

  /** Only the CTs the token may audit, like PVE. */
  private static Reply list(Call call) {
    NodeState node = call.node();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Guest g : call.lab.guests.values()) {
      if (g.type().equals("lxc") && g.node().equals(node.name()) && call.can("/vms/" + g.vmid(), "VM.Audit")) {
        rows.add(GuestView.listRow(g, node, call.now));
      }
    }
    return Reply.of(rows);
  }

  /** The current config with {@code parent}, or one snapshot's section with its parent, snaptime and comment. */
  private static Reply config(Call call) {
    Guest g = call.guest("lxc", "VM.Audit");
    String snapname = call.param("snapshot");
    Map<String, Object> config;
    if (snapname == null) {
      config = new LinkedHashMap<>(g.config());
      putIfSet(config, "parent", g.parent());
    } else {
      Snapshot s = g.snapshot(snapname)
          .orElseThrow(() -> ApiException.serverError("snapshot '" + snapname + "' does not exist"));
      config = new LinkedHashMap<>(s.config());
      putIfSet(config, "parent", s.parent());
      config.put("snaptime", s.snaptime());
      putIfSet(config, "description", s.description().isEmpty() ? null : s.description());
    }
    if (!g.rawLxc().isEmpty()) {
      config.put("lxc", g.rawLxc());
    }
    config.put("digest", ConfigValues.digest(g));
    return Reply.of(config);
  }

  /** The snapshots oldest first, then the {@code current} pseudo-entry PVE always appends. */
  private static Reply snapshots(Call call) {
    Guest g = call.guest("lxc", "VM.Audit");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Snapshot s : g.snapshots()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", s.name());
      row.put("snaptime", s.snaptime());
      row.put("description", s.description());
      putIfSet(row, "parent", s.parent());
      rows.add(row);
    }
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("name", "current");
    current.put("description", "You are here!");
    current.put("running", g.running() ? 1 : 0);
    current.put("digest", ConfigValues.digest(g));
    putIfSet(current, "parent", g.parent());
    rows.add(current);
    return Reply.of(rows);
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Reply interfaces(Call call) {
    Guest g = call.guest("lxc", "VM.Audit");
    if (!g.running()) {
      throw ApiException.serverError("CT " + g.vmid() + " not running");
    }
    return Reply.of(InterfacesView.rows(g));
  }
}
