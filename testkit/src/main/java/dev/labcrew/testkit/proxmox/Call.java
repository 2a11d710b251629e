package dev.labcrew.testkit.proxmox;

import java.util.Map;

/** One authenticated, checked request as an endpoint sees it: its variables, parameters, token and the lab. */
final class Call {
  final Lab lab;
  final TokenEntry token;
  final long now;
  private final Faults faults;
  private final Map<String, String> vars;
  private final Map<String, String> params;

  Call(Lab lab, Faults faults, TokenEntry token, Map<String, String> vars, Map<String, String> params, long now) {
    this.lab = lab;
    this.faults = faults;
    this.token = token;
    this.vars = vars;
    this.params = params;
    this.now = now;
  }

  String var(String name) {
    return vars.get(name);
  }

  String param(String name) {
    return params.get(name);
  }

  int intParam(String name, int fallback) {
    String value = params.get(name);
    return value == null ? fallback : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value));
  }

  boolean flag(String name) {
    return "1".equals(params.get(name));
  }

  boolean can(String path, String privilege) {
    return token.privileges(path).contains(privilege) && !faults.revoked(token.id(), path, privilege);
  }

  void require(String path, String privilege) {
    if (!can(path, privilege)) {
      throw ApiException.permission(path, privilege);
    }
  }

  boolean offline(String node) {
    return faults.offline(node);
  }

  NodeState node() {
    return lab.node(var("node"));
  }

  /**
   * The guest of kind {@code lxc|qemu} named by the path, after the privilege check on {@code /vms/{vmid}}, as PVE
   * orders it: 403, then 500 when the config file does not exist on that node, then an injected lock timeout.
   */
  Guest guest(String kind, String privilege) {
    int vmid = vmid();
    require("/vms/" + vmid, privilege);
    String node = var("node");
    Guest guest = lab.guest(vmid).filter(g -> g.type().equals(kind) && g.node().equals(node))
        .orElseThrow(() -> ApiException.noSuchGuest(node, kind, vmid));
    if (faults.takeLockTimeout(vmid)) {
      String lock = kind.equals("lxc") ? "/run/lock/lxc/pve-config-" + vmid + ".lock"
          : "/var/lock/qemu-server/lock-" + vmid + ".conf";
      throw ApiException.serverError("can't lock file '" + lock + "' - got timeout");
    }
    return guest;
  }

  private int vmid() {
    String text = var("vmid");
    if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 100) {
      throw ApiException.param("vmid", "value does not look like a valid VM ID");
    }
    return Integer.parseInt(text);
  }
}
