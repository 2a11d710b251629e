package dev.labcrew.proxmox.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.backup.BackupReport;
import dev.labcrew.proxmox.backup.GuestBackup;
import dev.labcrew.proxmox.backup.BackupTools;
import dev.labcrew.proxmox.task.TaskSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Guests without a backup or with a stale one, and failed vzdump tasks; nothing is concluded from a gap. */
final class BackupAnalyzer implements Analyzer {
    private static final long STALE = 7 * 86_400L;

    private final BackupTools backups;

    BackupAnalyzer(ProxmoxClient client, Clock clock) {
        this.backups = new BackupTools(client, clock);
    }

    @Override
    public String name() {
        return "backups";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        sweep.progress(name() + ": reading the backup storages and vzdump tasks");
        BackupReport report = backups.checkBackups();
        List<Finding> findings = new ArrayList<>();
        boolean allRead = report.gaps().isEmpty();
        for (GuestBackup g : report.guests()) {
            String target = (g.type().equals("lxc") ? "ct/" : "vm/") + g.vmid() + "@" + g.node();
            long age = g.ctime() == null ? 0 : report.now() - g.ctime();
            if (g.volid() == null && allRead) {
                findings.add(finding(target, g.type() + "/" + g.vmid() + " " + g.name() + " has no backup",
                    "no backup of " + g.vmid() + " on " + String.join(", ", report.storages()), "A lost disk cannot be restored."));
            } else if (g.volid() != null && age > STALE) {
                findings.add(finding(target, g.type() + "/" + g.vmid() + " " + g.name() + ": newest backup is " + Units.duration(age) + " old",
                    "newest: " + g.volid(), "A restore would lose everything since then."));
            }
        }
        for (TaskSummary t : report.failedJobs()) {
            findings.add(finding(t.id() == null || t.id().isBlank() ? "node/" + t.node() : "guest/" + t.id() + "@" + t.node(),
                "vzdump " + (t.id() == null || t.id().isBlank() ? "job" : "of " + t.id()) + " failed: " + t.status(),
                "task " + t.upid(), "The backup did not complete; read its log with list_recent_tasks and the task log."));
        }
        report.gaps().forEach(g -> findings.add(new Finding(name(), Severity.INFO, "backups", "backup evidence missing: " + g.what(),
            List.of("gap: " + g.line()), g.why(), "Grant the named privilege to the token.", null, List.of())));
        return findings;
    }

    private Finding finding(String target, String title, String evidence, String cause) {
        return new Finding(name(), Severity.WARNING, target, title, List.of("check_backups: " + evidence), cause,
            "Run a backup now (vzdump VMID --storage STORAGE) and keep the guest in an enabled backup job (Datacenter > Backup).",
            null, List.of());
    }
}
