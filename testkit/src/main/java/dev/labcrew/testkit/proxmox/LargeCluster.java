package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the {@code large-cluster} scenario: {@code nodes} nodes and {@code guests} guests (about 85% LXC),
 * realistic names, statuses and usage, a start task per running guest and a few snapshots; seeded, so the same
 * numbers always give the same cluster.
 */
final class LargeCluster {
  private static final String[] APPS = {"nginx", "postgres", "redis", "grafana", "prometheus", "gitea", "nextcloud",
      "jellyfin", "pihole", "mqtt", "vaultwarden", "traefik", "minio", "loki", "jenkins", "runner", "mariadb",
      "elastic", "kibana", "syncthing", "paperless", "immich", "unifi", "wireguard", "bind", "ldap", "k3s"};
  private static final long GIB = 1L << 30;

  private final Random random;
  private final int nodes;
  private final long[] nodeUptimes;

  private LargeCluster(int nodes, int guests) {
    this.nodes = nodes;
    this.random = new Random(nodes * 1_000_003L + guests);
    this.nodeUptimes = new long[nodes + 1];
  }

  static ScenarioSpec generate(int nodes, int guests) {
    LargeCluster gen = new LargeCluster(nodes, guests);
    List<ScenarioSpec.NodeSpec> nodeSpecs = new ArrayList<>();
    for (int n = 1; n <= nodes; n++) {
      int cpus = n % 2 == 0 ? 64 : 32;
      long mem = (n % 2 == 0 ? 256 : 128) * GIB;
      gen.nodeUptimes[n] = (20 + gen.random.nextInt(70)) * 86400L;
      nodeSpecs.add(new ScenarioSpec.NodeSpec("pve" + n, "10.10.0." + (10 + n), cpus, mem,
          0.1 + gen.random.nextDouble() * 0.5, (long) (mem * (0.3 + gen.random.nextDouble() * 0.5)),
          12 * GIB, 100 * GIB, String.valueOf(gen.nodeUptimes[n])));
    }
    List<ScenarioSpec.GuestSpec> guestSpecs = new ArrayList<>();
    for (int i = 0; i < guests; i++) {
      guestSpecs.add(gen.guest(100 + i));
    }
    List<ScenarioSpec.StorageSpec> storages = List.of(
        new ScenarioSpec.StorageSpec(null, "local", "dir", "iso,vztmpl,backup", 9 * GIB, 94 * GIB, false),
        new ScenarioSpec.StorageSpec(null, "local-lvm", "lvmthin", "rootdir,images", 600 * GIB, 1800 * GIB, false),
        new ScenarioSpec.StorageSpec(null, "ceph-vm", "rbd", "rootdir,images", 9000 * GIB, 30000 * GIB, true));
    List<ScenarioSpec.JournalSpec> journal = new ArrayList<>();
    for (int n = 1; n <= nodes; n++) {
      journal.add(new ScenarioSpec.JournalSpec("pve" + n, "pveproxy", "pveproxy[1432]", "PT50M",
          "worker 88123 finished"));
      journal.add(new ScenarioSpec.JournalSpec("pve" + n, "cron", "CRON[90211]", "PT10M",
          "(root) CMD (if [ -x /usr/sbin/pve-daily-update ]; then /usr/sbin/pve-daily-update; fi)"));
    }
    return new ScenarioSpec("large-cluster:nodes=" + nodes + ",guests=" + guests, "lab", null, null, nodeSpecs,
        storages, Tokens.standard(), guestSpecs, List.of(), journal, null);
  }

  private ScenarioSpec.GuestSpec guest(int vmid) {
    boolean lxc = random.nextDouble() < 0.85;
    int nodeIndex = 1 + random.nextInt(nodes);
    String node = "pve" + nodeIndex;
    String name = APPS[random.nextInt(APPS.length)] + "-" + String.format("%02d", vmid % 100);
    boolean template = random.nextDouble() < 0.02;
    boolean running = !template && random.nextDouble() < 0.78;
    int memory = new int[] {512, 1024, 2048, 4096, 8192}[random.nextInt(5)];
    int cores = new int[] {1, 2, 4}[random.nextInt(3)];
    int disk = new int[] {8, 16, 32}[random.nextInt(3)];
    String mac = String.format("BC:24:11:%02X:%02X:%02X", (vmid >> 16) & 0xff, (vmid >> 8) & 0xff, vmid & 0xff);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(lxc ? "hostname" : "name", name);
    config.put("memory", memory);
    config.put("cores", cores);
    config.put("onboot", running ? 1 : 0);
    if (lxc) {
      config.put("arch", "amd64");
      config.put("ostype", random.nextBoolean() ? "debian" : "ubuntu");
      config.put("swap", random.nextBoolean() ? 512 : 0);
      config.put("unprivileged", random.nextDouble() < 0.9 ? 1 : 0);
      config.put("features", "nesting=1");
      config.put("rootfs", "local-lvm:vm-" + vmid + "-disk-0,size=" + disk + "G");
      config.put("net0", "name=eth0,bridge=vmbr0,firewall=1,hwaddr=" + mac + ",ip=dhcp,type=veth");
    } else {
      config.put("sockets", 1);
      config.put("ostype", "l26");
      config.put("scsi0", "ceph-vm:vm-" + vmid + "-disk-0,size=" + disk * 2 + "G");
      config.put("net0", "virtio=" + mac + ",bridge=vmbr0,firewall=1");
    }
    if (random.nextDouble() < 0.3) {
      config.put("tags", new String[] {"prod", "dev", "docker", "monitoring"}[random.nextInt(4)]);
    }
    if (template) {
      config.put("template", 1);
    } else if (random.nextDouble() < 0.005) {
      config.put("lock", "backup");
    }
    ScenarioSpec.UsageSpec usage = running ? usage(memory, cores, disk, nodeUptimes[nodeIndex]) : null;
    return new ScenarioSpec.GuestSpec(vmid, lxc ? "lxc" : "qemu", node, running ? "running" : "stopped", config,
        null, usage, snapshots(), null, Map.of("enable", 1), tasks(lxc, running, usage), null, null);
  }

  /** Counters of a running guest, up since some time after its node booted. */
  private ScenarioSpec.UsageSpec usage(int memoryMib, int cores, int diskGib, long nodeUptime) {
    long maxmem = (long) memoryMib << 20;
    return new ScenarioSpec.UsageSpec(random.nextDouble() * 0.6 / cores, (long) (maxmem * (0.2 + random.nextDouble() * 0.7)),
        random.nextInt(64) << 20, (long) (diskGib * GIB * (0.1 + random.nextDouble() * 0.7)),
        (long) (random.nextDouble() * 50 * GIB), (long) (random.nextDouble() * 20 * GIB),
        (long) (random.nextDouble() * 10 * GIB), (long) (random.nextDouble() * 30 * GIB),
        String.valueOf(3600 + (long) (random.nextDouble() * (nodeUptime - 7200))));
  }

  private List<ScenarioSpec.SnapshotSpec> snapshots() {
    List<ScenarioSpec.SnapshotSpec> list = new ArrayList<>();
    int count = random.nextInt(4);
    for (int k = count; k >= 1; k--) {
      list.add(new ScenarioSpec.SnapshotSpec("auto-weekly-" + k, "P" + (k * 7 + random.nextInt(3)) + "D", ""));
    }
    return list;
  }

  private List<ScenarioSpec.TaskSpec> tasks(boolean lxc, boolean running, ScenarioSpec.UsageSpec usage) {
    if (!running) {
      return List.of();
    }
    return List.of(new ScenarioSpec.TaskSpec(null, lxc ? "vzstart" : "qmstart", null, "root@pam", usage.uptime(),
        "2", "OK", List.of()));
  }
}
