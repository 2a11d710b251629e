package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;

/**
 * The JSON form of a scenario, as read by Jackson. Times are ages relative to the moment the server starts:
 * seconds ({@code 86400}) or ISO-8601 durations ({@code "P21D"}, {@code "PT12M"}).
 */
record ScenarioSpec(String name, String cluster, String timezone, Map<String, String> version,
    List<NodeSpec> nodes, List<StorageSpec> storages, List<TokenSpec> tokens, List<GuestSpec> guests,
    List<TaskSpec> tasks, List<JournalSpec> journal, FaultSpec faults, Boolean quorate,
    Map<String, List<String>> missingHostPaths, List<Map<String, Object>> backupJobs, List<BackupSpec> backups,
    List<Map<String, Object>> ha) {

  /** A lab with quorum and every host path present, as labs were before those fields existed. */
  ScenarioSpec(String name, String cluster, String timezone, Map<String, String> version, List<NodeSpec> nodes,
      List<StorageSpec> storages, List<TokenSpec> tokens, List<GuestSpec> guests, List<TaskSpec> tasks,
      List<JournalSpec> journal, FaultSpec faults) {
    this(name, cluster, timezone, version, nodes, storages, tokens, guests, tasks, journal, faults, null, null, null, null,
        null);
  }

  ScenarioSpec {
    missingHostPaths = missingHostPaths == null ? Map.of() : missingHostPaths;
    name = name == null ? "custom" : name;
    cluster = cluster == null ? "cluster" : cluster;
    nodes = orEmpty(nodes);
    tokens = tokens == null || tokens.isEmpty() ? DefaultToken.TOKENS : tokens;
    timezone = timezone == null ? "UTC" : timezone;
    version = version == null ? Map.of("version", "9.1.4", "release", "9.1", "repoid", "5b0ce3b2") : version;
    storages = orEmpty(storages);
    guests = orEmpty(guests);
    tasks = orEmpty(tasks);
    journal = orEmpty(journal);
    faults = faults == null ? new FaultSpec(null, null, null, null, null) : faults;
    backupJobs = orEmpty(backupJobs);
    backups = orEmpty(backups);
    ha = orEmpty(ha);
  }

  /**
   * A backup archive on a backup storage of {@code node}: {@code vzdump-<type>-<vmid>-<time>.<format>}, its time an
   * {@code age}; or named by its whole {@code volid} (a fixed time), with the guest {@code config} it embeds.
   */
  record BackupSpec(String node, String storage, int vmid, String type, String age, long size, String format,
      String volid, Map<String, Object> config) {}

  record NodeSpec(String name, String ip, int maxcpu, long maxmem, double cpu, long mem, long disk,
      long maxdisk, String uptime) {}

  /** A storage; {@code active} false is a storage PVE cannot activate (NFS server down, pool not imported). */
  record StorageSpec(List<String> nodes, String storage, String type, String content, long disk, long maxdisk,
      boolean shared, Boolean active) {

    StorageSpec(List<String> nodes, String storage, String type, String content, long disk, long maxdisk,
        boolean shared) {
      this(nodes, storage, type, content, disk, maxdisk, shared, null);
    }

    StorageSpec {
      active = active == null || active;
    }
  }

  record TokenSpec(String id, String secret, Map<String, List<String>> acl) {}

  /** A guest; {@code tasks} and {@code journal} default to its node, its vmid and unit {@code pve-container@VMID}. */
  record GuestSpec(int vmid, String type, String node, String status, Map<String, Object> config,
      List<List<String>> lxc, UsageSpec usage, List<SnapshotSpec> snapshots,
      List<Map<String, Object>> interfaces, Map<String, Object> firewall, List<TaskSpec> tasks,
      List<JournalSpec> journal, StartFailureSpec startFailure) {

    GuestSpec {
      type = type == null ? "lxc" : type;
      status = status == null ? "stopped" : status;
      config = config == null ? Map.of() : config;
      lxc = orEmpty(lxc);
      snapshots = orEmpty(snapshots);
      firewall = firewall == null ? Map.of() : firewall;
      tasks = orEmpty(tasks);
      journal = orEmpty(journal);
    }
  }

  record UsageSpec(double cpu, long mem, long swap, long disk, long netin, long netout, long diskread,
      long diskwrite, String uptime) {}

  record SnapshotSpec(String name, String age, String description) {}

  /** A task: running while {@code exitstatus} is null; {@code log} holds the lines before the TASK trailer. */
  record TaskSpec(String node, String type, String id, String user, String age, String duration,
      String exitstatus, List<String> log) {

    TaskSpec {
      log = orEmpty(log);
      duration = duration == null ? "5" : duration;
    }
  }

  record JournalSpec(String node, String unit, String ident, String age, String message) {}

  /**
   * How every start of a guest fails: the task log lines, the exit status, and the journal lines written when it
   * fails (unit {@code pve-container@VMID} unless given, {@code ""} for none).
   */
  record StartFailureSpec(List<String> log, String exitstatus, List<FailureJournalSpec> journal) {

    StartFailureSpec {
      log = orEmpty(log);
      journal = orEmpty(journal);
      if (exitstatus == null || exitstatus.isBlank()) {
        throw new IllegalArgumentException("startFailure needs an exitstatus");
      }
    }
  }

  /** A journal line of a failing start, stamped when the start fails. */
  record FailureJournalSpec(String unit, String ident, String message) {}

  /** Faults present from the start and restored by {@link Faults#clear()}; {@code lockContention} windows are ages. */
  record FaultSpec(Map<Integer, Integer> lockTimeouts, List<String> offlineNodes, Long slowMillis,
      List<String> malformedPaths, Map<Integer, String> lockContention) {

    FaultSpec {
      lockTimeouts = lockTimeouts == null ? Map.of() : lockTimeouts;
      offlineNodes = orEmpty(offlineNodes);
      slowMillis = slowMillis == null ? 0L : slowMillis;
      malformedPaths = orEmpty(malformedPaths);
      lockContention = lockContention == null ? Map.of() : lockContention;
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
