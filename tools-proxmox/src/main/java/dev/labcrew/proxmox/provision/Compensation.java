package dev.labcrew.proxmox.provision;

import dev.labcrew.proxmox.task.TaskRunner;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one compensation of a provisioning: stop and destroy the container the job restored, and nothing else. A
 * guest with the job's VMID that lacks the job's marker in its description is left alone: the job did not make it.
 * {@code DELETE /nodes/{node}/lxc/{vmid}} with {@code purge=1} and {@code destroy-unreferenced-disks=1} (apidata.json).
 */
final class Compensation {
    private final Blueprint plan;
    private final NewGuest guest;
    private final TaskRunner tasks;
    private final String jobId;

    Compensation(Blueprint plan, NewGuest guest, TaskRunner tasks, String jobId) {
        this.plan = plan;
        this.guest = guest;
        this.tasks = tasks;
        this.jobId = jobId;
    }

    /** Undoes what the job made; says what it did. */
    String run(Consumer<String> started) {
        if (!guest.exists()) {
            return "nothing to undo: CT " + plan.vmid() + " does not exist";
        }
        String restoring = guest.runningTask("vzrestore").orElse(null);
        if (restoring != null) {
            tasks.await("restore of " + plan.label(), restoring);
            if (!guest.exists()) {
                return "nothing to undo: the restore of CT " + plan.vmid() + " failed and PVE removed it";
            }
        }
        if (!guest.madeBy(jobId)) {
            return "CT " + plan.vmid() + " is not this job's (no marker " + Blueprint.marker(jobId) + "): left alone";
        }
        String stopped = "";
        if (guest.running()) {
            tasks.post("stop of " + plan.label(), guest.path() + "/status/stop", Map.of(), started);
            stopped = "stopped and ";
        }
        tasks.delete("destroy of " + plan.label(), guest.path(), Map.of("purge", "1", "destroy-unreferenced-disks", "1"), started);
        return "CT " + plan.vmid() + " (made by this job) " + stopped + "destroyed";
    }
}
