package dev.labcrew.testkit.proxmox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole simulated cluster: nodes, guests, storages, tasks, journal and tokens. Not thread-safe: the request
 * handler holds its monitor while an endpoint runs, and {@link TaskRunner} while a task's work runs, so concurrent
 * writes to one guest are serialized.
 */
final class Lab {
  final String cluster;
  final Map<String, String> version;
  final ZoneId zone;
  final Map<String, NodeState> nodes = new LinkedHashMap<>();
  final Map<Integer, Guest> guests = new TreeMap<>();
  final List<StorageState> storages = new ArrayList<>();
  /** Quorum and host paths, as the scenario declares them. */
  HostState host = new HostState(null, Map.of());
  final Map<String, TokenEntry> tokens = new LinkedHashMap<>();
  final List<Map<String, Object>> backupJobs = new ArrayList<>();
  final List<BackupArchive> backups = new ArrayList<>();
  final List<Map<String, Object>> ha = new ArrayList<>();
  /** Guests just resized: the next config write on each meets the config lock once (seed 004 F4). */
  final java.util.Set<Integer> lockedAfterResize = new java.util.HashSet<>();
  private final List<Task> tasks = new ArrayList<>();
  private final List<JournalEntry> journal = new ArrayList<>();

  Lab(String cluster, Map<String, String> version, ZoneId zone) {
    this.cluster = cluster;
    this.version = Map.copyOf(version);
    this.zone = zone;
  }

  /** The node named so, or a 500 as PVE gives for a name it cannot resolve. */
  NodeState node(String name) {
    NodeState node = nodes.get(name);
    if (node == null) {
      throw ApiException.noSuchNode(name);
    }
    return node;
  }

  Optional<Guest> guest(int vmid) {
    return Optional.ofNullable(guests.get(vmid));
  }

  void addTask(Task task) {
    tasks.add(task);
  }

  /** Tasks of one node, newest first. */
  List<Task> tasks(String node) {
    return tasks.stream().filter(t -> t.node().equals(node))
        .sorted(Comparator.comparingLong(Task::starttime).reversed()).toList();
  }

  Optional<Task> task(String upid) {
    return tasks.stream().filter(t -> t.upid().equals(upid)).findFirst();
  }

  void addJournal(JournalEntry entry) {
    journal.add(entry);
  }

  /** Journal records of one node, oldest first, like {@code journalctl}. */
  List<JournalEntry> journal(String node) {
    return journal.stream().filter(j -> j.node().equals(node))
        .sorted(Comparator.comparingLong(JournalEntry::time)).toList();
  }

  /** The node that answers the API: the first one. */
  String localNode() {
    return nodes.keySet().iterator().next();
  }

  TokenEntry firstToken() {
    return tokens.values().iterator().next();
  }
}
