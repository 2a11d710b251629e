package dev.labcrew.proxmox.backup;

import dev.labcrew.core.TextResult;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.task.TaskSummary;
import java.util.List;

/** Per guest its newest backup and age, guests never backed up, failed vzdump tasks, and what could not be read. */
public record BackupReport(List<GuestBackup> guests, List<TaskSummary> failedJobs, List<String> storages, long now,
                           List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        long none = guests.stream().filter(g -> g.volid() == null).count();
        StringBuilder out = new StringBuilder().append(guests.size()).append(" guests, ").append(none)
            .append(" without a backup found on ").append(storages.isEmpty() ? "no backup storage" : String.join(", ", storages)).append('\n');
        warnings.forEach(w -> out.append(w).append('\n'));
        gaps.forEach(g -> out.append(g.line()).append('\n'));
        TextTable table = new TextTable("VMID", "NAME", "TYPE", "NEWEST BACKUP", "AGE", "SIZE", "JOB");
        for (GuestBackup g : guests) {
            table.row(String.valueOf(g.vmid()), g.name(), g.type(), g.volid() == null ? "NONE" : g.volid(),
                g.ctime() == null ? "-" : Units.duration(Math.max(0, now - g.ctime())), g.size() == null ? "-" : Units.bytes(g.size()),
                g.inJob() == null ? "?" : g.inJob() ? "yes" : "NO");
        }
        return out.append(table.render()).toString().strip();
    }
}
