package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.diagnosis.StartTask;
import dev.labcrew.proxmox.diagnosis.StartupDiagnosis;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.proxmox.diagnosis.StartupEvidence;
import dev.labcrew.proxmox.task.TaskLogLine;
import dev.labcrew.proxmox.task.TaskSummary;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    public StartupTools(ProxmoxClient client) {
        this(client, StartupDiagnostician.withBuiltInKnowledge());
    }

    public StartupTools(ProxmoxClient client, StartupDiagnostician diagnostician) {
        this.client = client;
        this.locator = new GuestLocator(client);
        this.diagnostician = diagnostician;
    }

    @Tool(name = "troubleshoot_lxc_startup",
          value = "Diagnose why an LXC container does not start: last start task log, node journal, config and mount checks, "
                + "matched against known failure signatures. Returns cause, evidence and fix.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "VM.Audit@/vms", better = {"Sys.Audit@/nodes/{node}", "Sys.Syslog@/nodes/{node}"})
    public StartupDiagnosis troubleshootLxcStartup(
            @P("container VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        LxcStatus status = client.lxc().status(at, vmid);
        LxcConfig config = client.lxc().config(at, vmid);
        List<String> gaps = new ArrayList<>();
        List<TaskSummary> tasks = tasks(at, vmid, gaps);
        List<String> active = tasks.stream().filter(TaskSummary::running).map(t -> t.type() + " " + t.upid()).toList();
        StartTask lastStart = lastStart(tasks, gaps);
        List<String> journal = journal(at, vmid, gaps);
        List<Map.Entry<String, String>> raw = config.rawLxc().stream()
            .<Map.Entry<String, String>>map(e -> Map.entry(e.key(), e.value())).toList();
        return diagnostician.diagnose(new StartupEvidence(vmid, at, status.status(), status.lock(), lastStart, journal,
            config.values(), raw, active, gaps));
    }

    private List<TaskSummary> tasks(String node, int vmid, List<String> gaps) {
        try {
            List<TaskSummary> tasks = client.tasks().list(node, vmid, null, 20);
            if (tasks.stream().noneMatch(t -> "vzstart".equals(t.type()))) {
                new Privileges(client).missing("/nodes/" + node, "Sys.Audit").ifPresent(p -> gaps.add(
                    "start tasks run at boot or from the GUI belong to root@pam and are hidden: the token lacks " + p));
            }
            return tasks;
        } catch (LabcrewException e) {
            gaps.add("task list: " + e.getMessage());
            return List.of();
        }
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

    private List<String> journal(String node, int vmid, List<String> gaps) {
        try {
            return client.nodes().journal(node, "pve-container@" + vmid, JOURNAL_LINES).stream().map(l -> l.t()).toList();
        } catch (LabcrewException e) {
            if (e.kind() != ErrorKind.PERMISSION_DENIED) {
                throw e;
            }
            gaps.add("node journal for pve-container@" + vmid + ": the token lacks Sys.Syslog on /nodes/" + node);
            return List.of();
        }
    }
}
