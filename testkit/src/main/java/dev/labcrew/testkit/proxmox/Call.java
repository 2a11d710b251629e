package dev.labcrew.testkit.proxmox;

import java.util.Map;

/** One authenticated, checked request as an endpoint sees it: its variables, parameters, token and the lab. */
final class Call {
  final Lab lab;
  final TokenEntry token;
  final long now;
  final TaskRunner tasks;
  private final Faults faults;
  private final Map<String, String> vars;
  private final Map<String, String> params;

  Call(Lab lab, Faults faults, TaskRunner tasks, TokenEntry token, Map<String, String> vars,
      Map<String, String> params, long now) {
    this.lab = lab;
    this.faults = faults;
    this.tasks = tasks;
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

  /** A mutable copy of the checked parameters, path variables included. */
  Map<String, String> params() {
    return new java.util.LinkedHashMap<>(params);
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

  /** PVE's {@code any => 1} check: one of {@code privileges} suffices; the 403 lists them all, split by |. */
  void requireAny(String path, String... privileges) {
    for (String privilege : privileges) {
      if (can(path, privilege)) {
        return;
      }
    }
    throw ApiException.permission(path, String.join("|", privileges));
  }

  /** Whether the cluster has quorum; see {@link HostState#quorate(Lab, Faults)}. */
  boolean quorate() {
    return lab.host.quorate(lab, faults);
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
    Guest guest = guestFor(kind, privilege);
    if (faults.takeLockTimeout(guest.vmid())) {
      throw ApiException.serverError(lockTimeout(guest));
    }
    return guest;
  }

  /**
   * The guest a write targets, after the {@code any} privilege check on {@code /vms/{vmid}} and the 500 for a
   * missing config file; lock faults wait for {@link #lockForWrite}.
   */
  Guest guestFor(String kind, String... anyPrivilege) {
    int vmid = vmid();
    requireAny("/vms/" + vmid, anyPrivilege);
    String node = var("node");
    return lab.guest(vmid).filter(g -> g.type().equals(kind) && g.node().equals(node))
        .orElseThrow(() -> ApiException.noSuchGuest(node, kind, vmid));
  }

  /** Takes the guest's config lock for this write: the lock timeout text when a fault refuses it, else null. */
  String lockForWrite(Guest guest) {
    return faults.lockForWrite(guest.vmid(), System.nanoTime()) ? null : lockTimeout(guest);
  }

  static String lockTimeout(Guest guest) {
    String lock = guest.type().equals("lxc") ? "/run/lock/lxc/pve-config-" + guest.vmid() + ".lock"
        : "/var/lock/qemu-server/lock-" + guest.vmid() + ".conf";
    return "can't lock file '" + lock + "' - got timeout";
  }

  private int vmid() {
    String text = var("vmid");
    if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 100) {
      throw ApiException.param("vmid", "value does not look like a valid VM ID");
    }
    return Integer.parseInt(text);
  }
}
