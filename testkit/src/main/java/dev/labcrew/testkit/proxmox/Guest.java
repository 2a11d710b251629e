package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guest's mutable state: power status, configuration, snapshots and live counters. Write endpoints change
 * it through {@link #start}, {@link #stop}, {@link #config()}, {@link #snapshots()} and {@link #parent}; callers
 * hold the lab's monitor.
 */
final class Guest {
  private final int vmid;
  private final String type;
  private final String node;
  private final Map<String, Object> config;
  private final List<List<String>> rawLxc;
  private final List<Snapshot> snapshots;
  private final List<Map<String, Object>> interfaces;
  private final Map<String, Object> firewall;
  private final ScenarioSpec.StartFailureSpec startFailure;
  private String parent;
  private String status;
  private GuestUsage usage;
  private long startedAt;
  private int pid;

  Guest(int vmid, String type, String node, Map<String, Object> config, List<List<String>> rawLxc,
      List<Map<String, Object>> interfaces, Map<String, Object> firewall,
      ScenarioSpec.StartFailureSpec startFailure) {
    this.vmid = vmid;
    this.type = type;
    this.node = node;
    this.config = new LinkedHashMap<>(config);
    this.rawLxc = List.copyOf(rawLxc);
    this.snapshots = new ArrayList<>();
    this.interfaces = interfaces == null ? null : List.copyOf(interfaces);
    this.firewall = new LinkedHashMap<>(firewall);
    this.startFailure = startFailure;
    this.status = "stopped";
    this.usage = GuestUsage.IDLE;
  }

  void start(long at, int newPid, GuestUsage newUsage) {
    status = "running";
    startedAt = at;
    pid = newPid;
    usage = newUsage;
  }

  void stop() {
    status = "stopped";
    startedAt = 0;
    pid = 0;
    usage = GuestUsage.IDLE;
  }

  boolean running() {
    return status.equals("running");
  }

  long uptime(long now) {
    return running() ? Math.max(0, now - startedAt) : 0;
  }

  String name() {
    Object name = config.get(type.equals("lxc") ? "hostname" : "name");
    return name == null ? (type.equals("lxc") ? "CT" : "VM") + vmid : name.toString();
  }

  String string(String key) {
    Object value = config.get(key);
    return value == null ? null : value.toString();
  }

  long longValue(String key, long fallback) {
    String value = string(key);
    return value == null ? fallback : (long) Double.parseDouble(value);
  }

  int vmid() {
    return vmid;
  }

  String type() {
    return type;
  }

  String node() {
    return node;
  }

  String status() {
    return status;
  }

  int pid() {
    return pid;
  }

  GuestUsage usage() {
    return usage;
  }

  Map<String, Object> config() {
    return config;
  }

  /** Replaces the whole config, as a rollback or a checked update writes it. */
  void replaceConfig(Map<String, Object> newConfig) {
    Map<String, Object> copy = new LinkedHashMap<>(newConfig);
    config.clear();
    config.putAll(copy);
  }

  List<List<String>> rawLxc() {
    return rawLxc;
  }

  List<Snapshot> snapshots() {
    return snapshots;
  }

  Optional<Snapshot> snapshot(String name) {
    return snapshots.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The snapshot the current state derives from ({@code parent:} in the config file), or {@code null}. */
  String parent() {
    return parent;
  }

  void parent(String name) {
    parent = name;
  }

  /** How every start fails, as the scenario declares it, or {@code null} when starts succeed. */
  ScenarioSpec.StartFailureSpec startFailure() {
    return startFailure;
  }

  /** The interfaces the scenario fixed, or {@code null} to derive them from the {@code netN} keys. */
  List<Map<String, Object>> interfaces() {
    return interfaces;
  }

  Map<String, Object> firewall() {
    return firewall;
  }
}
