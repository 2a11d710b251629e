package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.cluster.ClusterResource;
import dev.labcrew.proxmox.diagnosis.StartTask;
import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.StartupEvidence;
import dev.labcrew.proxmox.task.TaskLogLine;
import dev.labcrew.proxmox.task.TaskSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Container tasks other than start and stop (and starts of templates, which the startup analyzer skips) (create, restore, clone, migrate, snapshot, backup) that failed in the
 * last 24 hours, grouped per container: the newest failure's log goes through the knowledge base, so a create or
 * restore that left no guest behind is still explained. A guest whose config holds a lock is left to the lock check.
 */
final class TaskFailureAnalyzer implements Analyzer {
    static final Set<String> TYPES = Set.of("vzcreate", "vzrestore", "vzclone", "vzmigrate", "vzsnapshot",
        "vzdelsnapshot", "vzrollback", "vzdump", "vztemplate", "vzmount", "vzresize", "move_volume");
    private static final long DAY = 24 * 3600;

    private final Fleet fleet;
    private final StartupDiagnostician diagnostician;
    private final Clock clock;
    private final Set<String> configChecks;

    TaskFailureAnalyzer(Fleet fleet, StartupDiagnostician diagnostician, Clock clock) {
        this.fleet = fleet;
        this.diagnostician = diagnostician;
        this.clock = clock;
        this.configChecks = diagnostician.signatures().stream().filter(s -> s.lookIn().equals(List.of("config")))
            .map(s -> s.id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "failed-tasks";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        long since = clock.instant().getEpochSecond() - DAY;
        List<String> nodes = fleet.client().cluster().status().stream().filter(n -> n.online()).map(n -> n.name()).toList();
        Set<String> templates = fleet.client().cluster().guests().stream().filter(ClusterResource::template)
            .map(g -> String.valueOf(g.vmid())).collect(java.util.stream.Collectors.toSet());
        Map<String, List<TaskSummary>> byGuest = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (var outcome : sweep.each(nodes, node -> fleet.client().tasks().list(node, null, null, 500))) {
            if (outcome.failed()) {
                findings.add(Findings.gap(name(), "node/" + outcome.item(), "task list of node " + outcome.item(),
                    outcome.failure(), "failed tasks of other users on this node cannot be seen",
                    "Sys.Audit on /nodes/" + outcome.item()));
            } else {
                outcome.value().stream().filter(t -> t.failed() && t.starttime() >= since)
                    .filter(t -> TYPES.contains(t.type()) || ("vzstart".equals(t.type()) && templates.contains(t.id())))
                    .forEach(t -> byGuest.computeIfAbsent(t.node() + "/" + t.id(), k -> new ArrayList<>()).add(t));
            }
        }
        sweep.progress(name() + ": " + byGuest.values().stream().mapToInt(List::size).sum()
            + " failed container tasks in the last 24 hours");
        for (List<TaskSummary> tasks : byGuest.values()) {
            TaskSummary newest = tasks.stream().max((a, b) -> Long.compare(a.starttime(), b.starttime())).orElseThrow();
            Optional<ClusterResource> guest = guest(newest);
            if (guest.isPresent() && fleet.config(guest.get()).lock() != null) {
                continue;
            }
            findings.addAll(diagnose(newest, tasks.size(), guest));
        }
        return findings;
    }

    private List<Finding> diagnose(TaskSummary task, int count, Optional<ClusterResource> guest) {
        List<String> log = fleet.client().tasks().tail(task.upid(), 60).stream().map(TaskLogLine::t).toList();
        int vmid = parse(task.id());
        StartupEvidence evidence = new StartupEvidence(vmid, task.node(), guest.map(ClusterResource::status).orElse("absent"),
            null, new StartTask(task.upid(), task.user(), task.starttime(), task.status(), log), List.of(), Map.of(),
            List.of(), List.of(), List.of());
        StartupDiagnosis diagnosis = diagnostician.diagnose(evidence);
        boolean vm = log.stream().anyMatch(l -> l.contains("Backup of VM " + task.id() + " (qemu)"));
        String target = guest.map(Fleet::target).orElse((vm ? "vm/" : "ct/") + task.id() + "@" + task.node());
        boolean creates = Set.of("vzcreate", "vzrestore", "vzclone").contains(task.type());
        String what = (vm ? "VM " : "CT ") + task.id() + ": " + task.type() + " failed" + (count > 1 ? " " + count + " times" : "")
            + (guest.isEmpty() && creates ? " (no guest left)" : "");
        List<Finding> findings = new ArrayList<>();
        for (var f : diagnosis.findings()) {
            if (f.severity() != Severity.INFO && !configChecks.contains(f.id())) {
                findings.add(new Finding(name(), f.severity(), target, what + ": " + f.title(), f.evidence(), f.cause(),
                    f.fix(), null, f.needsHost() ? List.of(target + ": " + f.fix()) : List.of(), f.id()));
            }
        }
        if (diagnosis.unknown() != null) {
            findings.add(UnknownFindings.of(name(), target, what, diagnosis.unknown(), log,
                "pvenode task log " + task.upid() + " on " + task.node()));
        }
        return findings;
    }

    private Optional<ClusterResource> guest(TaskSummary task) {
        int vmid = parse(task.id());
        return fleet.containers().stream().filter(g -> g.vmid() == vmid).findFirst();
    }

    private static int parse(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
