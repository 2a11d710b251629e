package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.proxmox.task.TaskLogLine;
import dev.labcrew.proxmox.task.TaskSummary;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Container logs as Proxmox keeps them: recent task logs for the VMID and the node journal of the
 * container's unit. A missing privilege is reported as a gap naming it, never as "no logs".
 */
public final class LxcLogTools {
    static final int DEFAULT_LINES = 50;
    static final int MAX_LINES = 200;
    private static final int TASKS_SHOWN = 3;

    private final ProxmoxClient client;
    private final GuestLocator locator;
    private final GuestLogs logs;

    public LxcLogTools(ProxmoxClient client) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
        this.logs = new GuestLogs(client);
    }

    @Tool(name = "check_lxc_logs", value = "Task logs and journal of a container, errors first.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "VM.Audit@/vms", better = {"Sys.Audit@/nodes/{node}", "Sys.Syslog@/nodes/{node}"})
    public LxcLogs checkLxcLogs(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node,
            @P(value = "", required = false) Integer lines) {
        int budget = lines == null ? DEFAULT_LINES : lines;
        if (budget < 1 || budget > MAX_LINES) {
            throw LabcrewException.badInput("lines must be 1 to " + MAX_LINES + ", got " + budget, "omit lines for the default of 50");
        }
        String at = locator.nodeOf(vmid, node);
        client.lxc().status(at, vmid); // the guest must exist and be visible before its logs are read
        List<String> gaps = new ArrayList<>();
        List<TaskLog> tasks = recentTasks(at, vmid, budget, gaps);
        List<String> journal = logs.journal(at, vmid, budget, gaps);
        return new LxcLogs(vmid, at, tasks, journal, gaps, budget);
    }

    private List<TaskLog> recentTasks(String node, int vmid, int lines, List<String> gaps) {
        List<TaskSummary> summaries = logs.tasks(node, vmid, 10, gaps);
        List<TaskSummary> chosen = summaries.stream()
            .sorted(Comparator.comparing(TaskSummary::failed).reversed().thenComparing(Comparator.comparingLong(TaskSummary::starttime).reversed()))
            .limit(TASKS_SHOWN).toList();
        List<TaskLog> result = new ArrayList<>();
        TaskLogGaps unread = new TaskLogGaps();
        for (TaskSummary task : summaries) {
            List<String> tail = List.of();
            if (chosen.contains(task)) {
                try {
                    tail = client.tasks().tail(task.upid(), lines).stream().map(TaskLogLine::t).toList();
                } catch (LabcrewException e) {
                    unread.add(task, e.getMessage());
                }
            }
            result.add(new TaskLog(task.upid(), task.type(), task.user(), task.starttime(), task.status(), tail));
        }
        gaps.addAll(unread.lines());
        return result;
    }
}
