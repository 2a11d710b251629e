package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.node.JournalLine;
import dev.labcrew.proxmox.task.TaskSummary;
import java.util.List;

/**
 * Reads what Proxmox logs about a container: its recent tasks and the node journal of its unit
 * {@code pve-container@VMID}. What a missing privilege hides is added to {@code gaps}, naming the
 * privilege, instead of being reported as "no logs".
 */
final class GuestLogs {
    private final ProxmoxClient client;

    GuestLogs(ProxmoxClient client) {
        this.client = client;
    }

    /** Recent tasks of the guest, newest first; adds a gap when others' tasks are hidden from the token. */
    List<TaskSummary> tasks(String node, int vmid, int limit, List<String> gaps) {
        List<TaskSummary> tasks;
        try {
            tasks = client.tasks().list(node, vmid, null, limit);
        } catch (LabcrewException e) {
            gaps.add("task list: " + e.getMessage());
            return List.of();
        }
        if (tasks.stream().noneMatch(t -> "vzstart".equals(t.type()))) {
            new Privileges(client).missing("/nodes/" + node, "Sys.Audit").ifPresent(p -> gaps.add(
                "tasks started by other users (at boot, from the GUI, by HA) are hidden: the token lacks " + p));
        }
        return tasks;
    }

    /** The last journal lines of the guest's unit, oldest first; empty with a gap when they cannot be read (403, 501, timeout). */
    List<String> journal(String node, int vmid, int lines, List<String> gaps) {
        try {
            return client.nodes().journal(node, "pve-container@" + vmid, lines).stream().map(JournalLine::t).toList();
        } catch (LabcrewException e) {
            if (e.kind() == ErrorKind.PERMISSION_DENIED) {
                gaps.add("node journal for pve-container@" + vmid + ": the token lacks Sys.Syslog on /nodes/" + node);
            } else {
                gaps.add(Gap.of("node journal for pve-container@" + vmid, "Sys.Syslog on /nodes/" + node, e).line()
                    .substring("GAP ".length()));
            }
            return List.of();
        }
    }
}
