package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.task.TaskOutcome;
import dev.labcrew.proxmox.task.TaskWaiter;
import java.util.Map;

/**
 * Starts an asynchronous Proxmox operation, waits for its task and fails with the task's error
 * line and log tail when it did not succeed. {@code OK} and {@code WARNINGS: n} are success.
 */
final class TaskRunner {
    private final ProxmoxClient client;
    private final TaskWaiter waiter;

    TaskRunner(ProxmoxClient client, TaskWaiter waiter) {
        this.client = client;
        this.waiter = waiter;
    }

    TaskOutcome post(String what, String path, Map<String, String> form) {
        return await(what, client.post(path, form).asText());
    }

    TaskOutcome delete(String what, String path, Map<String, String> query) {
        return await(what, client.delete(path, query).asText());
    }

    private TaskOutcome await(String what, String upid) {
        TaskOutcome outcome = waiter.await(upid);
        if (!outcome.success()) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, what + " failed: " + outcome.exitStatus(),
                "task " + upid + ", log tail: " + String.join(" | ", outcome.logTail()));
        }
        return outcome;
    }
}
