package dev.labcrew.proxmox.task;

import dev.labcrew.core.TextResult;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/** Recent tasks of the cluster, failed first then newest first; nodes whose list could not be read are gaps. */
public record TaskList(List<TaskSummary> tasks, String filters, long now, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        long failed = tasks.stream().filter(TaskSummary::failed).count();
        StringBuilder out = new StringBuilder().append(tasks.size()).append(" recent tasks, ").append(failed).append(" failed")
            .append(filters.isEmpty() ? "" : " [" + filters + "]").append('\n');
        gaps.forEach(g -> out.append(g.line()).append('\n'));
        TextTable table = new TextTable("NODE", "TYPE", "ID", "USER", "AGE", "STATUS");
        tasks.forEach(t -> table.row(t.node(), t.type(), t.id(), t.user(), Units.duration(Math.max(0, now - t.starttime())),
            t.running() ? "running" : t.status()));
        return out.append(table.render()).toString().strip();
    }
}
