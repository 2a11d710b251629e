package dev.labcrew.testkit.proxmox;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Builds a {@link Lab} from a scenario, turning every age into an epoch second relative to {@code now}. */
final class LabFactory {
  private final ScenarioSpec spec;
  private final long now;
  private final Random random;
  private final Lab lab;
  private Map<String, String> secrets;

  private LabFactory(ScenarioSpec spec, long now) {
    this.spec = spec;
    this.now = now;
    this.random = new Random(spec.name().hashCode());
    this.lab = new Lab(spec.cluster(), spec.version(), ZoneId.of(spec.timezone()));
  }

  static Lab create(ScenarioSpec spec, long now) {
    return create(spec, now, secrets(spec));
  }

  /** The lab, its tokens holding {@code secrets} (by token id) as made by {@link #secrets}. */
  static Lab create(ScenarioSpec spec, long now, Map<String, String> secrets) {
    LabFactory factory = new LabFactory(spec, now);
    factory.secrets = secrets;
    return factory.build();
  }

  /** Each token's secret by id: the scenario's, or a random UUID where it gives none; a repeated id keeps its last. */
  static Map<String, String> secrets(ScenarioSpec spec) {
    Map<String, String> secrets = new LinkedHashMap<>();
    spec.tokens().forEach(t -> secrets.put(t.id(), t.secret() == null ? UUID.randomUUID().toString() : t.secret()));
    return secrets;
  }

  private Lab build() {
    if (spec.nodes().isEmpty() || spec.tokens().isEmpty()) {
      throw new IllegalArgumentException("scenario " + spec.name() + " needs at least one node and one token");
    }
    int nodeid = 1;
    for (ScenarioSpec.NodeSpec n : spec.nodes()) {
      lab.nodes.put(n.name(), new NodeState(n.name(), n.ip(), nodeid++, n.maxcpu(), n.maxmem(), n.cpu(), n.mem(),
          n.disk(), n.maxdisk(), now - Ages.seconds(n.uptime())));
    }
    for (ScenarioSpec.StorageSpec s : spec.storages()) {
      for (String node : s.nodes() == null ? List.copyOf(lab.nodes.keySet()) : s.nodes()) {
        lab.storages.add(new StorageState(node, s.storage(), s.type(), s.content(), s.disk(), s.maxdisk(),
            s.shared(),
            s.active()));
      }
    }
    for (ScenarioSpec.TokenSpec t : spec.tokens()) {
      Map<String, Set<String>> acl = new LinkedHashMap<>();
      t.acl().forEach((path, privs) -> acl.put(path, new LinkedHashSet<>(privs)));
      lab.tokens.put(t.id(), new TokenEntry(t.id(), secrets.get(t.id()), acl));
    }
    lab.host = new HostState(spec.quorate(), spec.missingHostPaths());
    spec.guests().forEach(this::addGuest);
    spec.tasks().forEach(this::addTask);
    spec.journal().forEach(this::addJournal);
    lab.backupJobs.addAll(spec.backupJobs());
    lab.ha.addAll(spec.ha());
    spec.backups().forEach(b -> lab.backups.add(b.volid() != null
        ? BackupArchive.ofVolid(requireNode(b.node()).name(), b.volid(), b.size(), b.config())
        : new BackupArchive(requireNode(b.node()).name(), b.storage(), b.vmid(), b.type() == null ? "qemu" : b.type(),
            now - Ages.seconds(b.age()), b.size(), b.format(), b.config() == null ? null : ConfigValues.normalize(b.config()))));
    return lab;
  }

  private void addGuest(ScenarioSpec.GuestSpec g) {
    requireNode(g.node());
    Guest guest = new Guest(g.vmid(), g.type(), g.node(), ConfigValues.normalize(g.config()), g.lxc(),
        g.interfaces(), g.firewall(), g.startFailure());
    if (g.status().equals("running")) {
      ScenarioSpec.UsageSpec u = g.usage() == null
          ? new ScenarioSpec.UsageSpec(0.01, 64L << 20, 0, 1L << 30, 1L << 20, 1L << 20, 0, 0, "3600") : g.usage();
      guest.start(now - Ages.seconds(u.uptime()), 1000 + random.nextInt(4_000_000),
          new GuestUsage(u.cpu(), u.mem(), u.swap(), u.disk(), u.netin(), u.netout(), u.diskread(), u.diskwrite()));
    }
    String parent = null;
    for (ScenarioSpec.SnapshotSpec s : g.snapshots()) {
      guest.snapshots().add(new Snapshot(s.name(), now - Ages.seconds(s.age()), s.description(), parent,
          Snapshot.freeze(guest.config())));
      parent = s.name();
    }
    guest.parent(parent);
    lab.guests.put(g.vmid(), guest);
    String id = String.valueOf(g.vmid());
    g.tasks().forEach(t -> addTask(new ScenarioSpec.TaskSpec(t.node() == null ? g.node() : t.node(), t.type(),
        t.id() == null ? id : t.id(), t.user(), t.age(), t.duration(), t.exitstatus(), t.log())));
    g.journal().forEach(j -> addJournal(new ScenarioSpec.JournalSpec(j.node() == null ? g.node() : j.node(),
        j.unit() == null ? "pve-container@" + id : j.unit(), j.ident(), j.age(), j.message())));
  }

  private void addTask(ScenarioSpec.TaskSpec t) {
    NodeState node = requireNode(t.node());
    long start = now - Ages.seconds(t.age());
    long pstart = Math.floorMod(start - node.bootTime(), 3_000_000L) * 100 + 1_000;
    Task task = new Task(t.node(), 1000 + random.nextInt(4_000_000), pstart, start, t.type(), t.id(), t.user(),
        t.log());
    String daemon = TaskRunner.daemon(t.node());
    lab.addJournal(new JournalEntry(t.node(), "pvedaemon", start, daemon,
        "<" + t.user() + "> starting task " + task.upid()));
    if (t.exitstatus() != null) {
      long end = start + Ages.seconds(t.duration());
      task.finish(end, t.exitstatus());
      lab.addJournal(new JournalEntry(t.node(), "pvedaemon", end, daemon,
          "<" + t.user() + "> end task " + task.upid() + " " + t.exitstatus()));
    }
    lab.addTask(task);
  }

  private void addJournal(ScenarioSpec.JournalSpec j) {
    requireNode(j.node());
    String unit = j.unit() == null || j.unit().isEmpty() ? null : j.unit();
    lab.addJournal(new JournalEntry(j.node(), unit, now - Ages.seconds(j.age()), j.ident(), j.message()));
  }

  private NodeState requireNode(String name) {
    NodeState node = lab.nodes.get(name);
    if (node == null) {
      throw new IllegalArgumentException("scenario " + spec.name() + " refers to unknown node " + name);
    }
    return node;
  }
}
