package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * What an approved action did: its task's exit status and log tail, and the state read back after it.
 *
 * @param upid the task, or null for synchronous changes (config updates)
 * @param verified the state read back that shows the change took effect
 */
public record ActionOutcome(String tool, String target, String upid, String exitStatus, List<String> logTail,
                            String verified) implements TextResult {
    @Override
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("DONE ").append(tool).append(" on ").append(target).append(": ").append(verified).append('\n');
        if (upid != null) {
            out.append("task ").append(upid).append(" exit ").append(exitStatus).append('\n');
        }
        if (!logTail.isEmpty()) {
            out.append("log tail:\n");
            logTail.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString().strip();
    }
}
