package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.proxmox.diagnosis.StartTask;
import dev.labcrew.core.Severity;
import dev.labcrew.proxmox.diagnosis.Finding;
import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.StartupEvidence;
import dev.labcrew.proxmox.task.TaskLogLine;
import dev.labcrew.proxmox.task.TaskSummary;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a container does not start: gathers its status, config, the last start task's log and the
 * node journal of its unit, and matches them against the startup knowledge base. Each finding gives
 * cause, evidence lines and fix; a failure no signature explains is returned as the exact failing
 * line and step, labelled unknown.
 */
public final class StartupTools {
    private static final int LOG_LINES = 200;
    private static final int JOURNAL_LINES = 100;

    private final ProxmoxClient client;
    private final GuestLocator locator;
    private final StartupDiagnostician diagnostician;
    private final GuestLogs logs;

    public StartupTools(ProxmoxClient client) {
        this(client, StartupDiagnostician.withBuiltInKnowledge());
    }

    public StartupTools(ProxmoxClient client, StartupDiagnostician diagnostician) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
        this.diagnostician = diagnostician;
        this.logs = new GuestLogs(client);
    }

    @Tool(name = "troubleshoot_lxc_startup", value = "Why a container fails to start: cause and fix.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "VM.Audit@/vms", better = {"Sys.Audit@/nodes/{node}", "Sys.Syslog@/nodes/{node}"})
    public StartupDiagnosis troubleshootLxcStartup(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        LxcStatus status = client.lxc().status(at, vmid);
        LxcConfig config = client.lxc().config(at, vmid);
        if ("1".equals(config.get("template"))) {
            return new StartupDiagnosis(vmid, "template", List.of(new Finding("template", Severity.INFO,
                "CT " + vmid + " is a template: templates never start, so nothing failed",
                "template: 1 in its config", List.of("config: template: 1"),
                "Clone it (pct clone " + vmid + " NEWID --full) and start the clone.", false)), null, List.of());
        }
        List<String> gaps = new ArrayList<>();
        List<TaskSummary> tasks = logs.tasks(at, vmid, 20, gaps);
        List<String> active = tasks.stream().filter(TaskSummary::running).map(t -> t.type() + " " + t.upid()).toList();
        StartTask lastStart = lastStart(tasks, gaps);
        List<String> journal = logs.journal(at, vmid, JOURNAL_LINES, gaps);
        return diagnostician.diagnose(new StartupEvidence(vmid, at, status.status(), status.lock(), lastStart, journal,
            config.values(), config.rawEntries(), active, gaps));
    }

    private StartTask lastStart(List<TaskSummary> tasks, List<String> gaps) {
        TaskSummary start = tasks.stream().filter(t -> "vzstart".equals(t.type()) || "hastart".equals(t.type()))
            .max(java.util.Comparator.comparingLong(TaskSummary::starttime)).orElse(null);
        if (start == null) {
            return null;
        }
        List<String> log = List.of();
        try {
            log = client.tasks().tail(start.upid(), LOG_LINES).stream().map(TaskLogLine::t).toList();
        } catch (LabcrewException e) {
            gaps.add("log of the last start task: " + e.getMessage());
        }
        return new StartTask(start.upid(), start.user(), start.starttime(), start.status(), log);
    }
}
