package dev.labcrew.proxmox.backup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.analysis.Fanout;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.task.TaskSummary;
import dev.labcrew.core.tool.Tool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Backups of every guest: the newest archive on the backup storages (PBS datastores included, through PVE's API),
 * failed vzdump tasks, and the backup jobs; one request per storage and per node.
 */
public final class BackupTools {
    private static final long STALE = 7 * 86_400L;

    private final ProxmoxClient client;
    private final BackupApi backups;
    private final Clock clock;

    public BackupTools(ProxmoxClient client) {
        this(client, Clock.systemUTC());
    }

    public BackupTools(ProxmoxClient client, Clock clock) {
        this.client = client;
        this.backups = new BackupApi(client);
        this.clock = clock;
    }

    @Tool(name = "check_backups", value = "Newest backup per guest; guests without one.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "Datastore.Audit@/storage", better = {"Sys.Audit@/", "Sys.Audit@/nodes/{node}"})
    public BackupReport checkBackups() {
        long now = clock.instant().getEpochSecond();
        List<Gap> gaps = new ArrayList<>();
        List<ClusterResource> guests = client.cluster().guests().stream().filter(g -> !g.template())
            .sorted(Comparator.comparingInt(ClusterResource::vmid)).toList();
        Map<Integer, BackupVolume> newest = new LinkedHashMap<>();
        Map<Integer, String> storageOf = new LinkedHashMap<>();
        Set<String> storages = new TreeSet<>();
        Set<String> nodes = new TreeSet<>();
        Set<String> sharedRead = new TreeSet<>();
        List<StorageOnNode> backupStorages = new ArrayList<>(); // each shared storage once
        for (JsonNode s : client.get("/cluster/resources", Map.of("type", "storage"))) {
            String storage = s.path("storage").asText();
            String node = s.path("node").asText();
            nodes.add(node);
            if (!s.path("content").asText().contains("backup") || !"available".equals(s.path("status").asText())
                    || (s.path("shared").asInt() == 1 && !sharedRead.add(storage))) {
                continue;
            }
            storages.add(s.path("shared").asInt() == 1 ? storage : storage + "@" + node);
            backupStorages.add(new StorageOnNode(node, storage));
        }
        // one read per storage and per node, a few at a time: a PBS datastore's listing can take seconds
        List<Gap.Attempt<List<BackupVolume>>> contents = Fanout.map(backupStorages, s -> Gap.attempt(
            "backups on " + s.storage() + "@" + s.node(), "Datastore.Audit on /storage/" + s.storage(),
            () -> backups.content(s.node(), s.storage())));
        for (int i = 0; i < contents.size(); i++) {
            String storage = backupStorages.get(i).storage();
            contents.get(i).into(gaps).ifPresent(vols -> vols.forEach(v -> {
                if (v.vmid() != null && (!newest.containsKey(v.vmid()) || newest.get(v.vmid()).ctime() < v.ctime())) {
                    newest.put(v.vmid(), v);
                    storageOf.put(v.vmid(), storage);
                }
            }));
        }
        List<BackupJob> jobs = Gap.read("backup jobs", "Sys.Audit on /", backups::jobs, gaps).orElse(null);
        List<TaskSummary> failed = new ArrayList<>();
        Fanout.map(List.copyOf(nodes), node -> Gap.attempt("vzdump tasks of " + node, "Sys.Audit on /nodes/" + node,
                () -> client.tasks().list(node, null, "vzdump", 50)))
            .forEach(read -> read.into(gaps).ifPresent(tasks -> tasks.stream().filter(TaskSummary::failed).forEach(failed::add)));
        List<GuestBackup> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (ClusterResource g : guests) {
            BackupVolume v = newest.get(g.vmid());
            Boolean inJob = jobs == null ? null : jobs.stream().anyMatch(j -> j.covers(g.vmid()));
            rows.add(new GuestBackup(g.vmid(), g.name(), g.type(), g.node(), v == null ? null : v.volid(), storageOf.get(g.vmid()),
                v == null ? null : v.ctime(), v == null ? null : v.size(), inJob));
            if (v == null) {
                none.add(g.type() + "/" + g.vmid() + (Boolean.FALSE.equals(inJob) ? " (in no job)" : ""));
            } else {
                warn(g, v, inJob, now, warnings);
            }
        }
        if (!none.isEmpty() && gaps.isEmpty()) {
            warnings.add(0, "WARNING " + none.size() + " guests have no backup on any backup storage: " + String.join(", ", none));
        }
        failed.forEach(t -> warnings.add("WARNING vzdump " + (t.id() == null || t.id().isBlank() ? "job" : "of " + t.id())
            + " on " + t.node() + " failed " + Units.duration(Math.max(0, now - t.starttime())) + " ago: " + t.status()));
        return new BackupReport(rows, failed, List.copyOf(storages), now, warnings, gaps);
    }

    private static void warn(ClusterResource g, BackupVolume v, Boolean inJob, long now, List<String> warnings) {
        String label = g.type() + "/" + g.vmid() + " " + g.name();
        if (now - v.ctime() > STALE) {
            warnings.add("WARNING " + label + ": newest backup is " + Units.duration(now - v.ctime()) + " old");
        }
        if (Boolean.FALSE.equals(inJob)) {
            warnings.add("INFO " + label + " is in no enabled backup job");
        }
    }

    private record StorageOnNode(String node, String storage) {
    }
}
