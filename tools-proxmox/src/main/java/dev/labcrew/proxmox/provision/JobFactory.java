package dev.labcrew.proxmox.provision;

import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobJournal;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Wires a job's runner: its steps and compensation over one client's writes. */
final class JobFactory {
    private final ProxmoxClient client;
    private final PveWrites writes;
    private final TaskRunner tasks;

    JobFactory(ProxmoxClient client, PveWrites writes, TaskRunner tasks) {
        this.client = client;
        this.writes = writes;
        this.tasks = tasks;
    }

    JobRunner runner(JobJournal journal, Job job, Blueprint plan, BiConsumer<AuditEventType, Map<String, Object>> audit,
                     Consumer<String> progress) {
        NewGuest guest = new NewGuest(client, plan.node(), plan.vmid());
        ProvisionSteps steps = new ProvisionSteps(plan, guest, writes, tasks, new MacCensus(client), job.id());
        return new JobRunner(journal, job, steps, new Compensation(plan, guest, tasks, job.id()), audit, progress);
    }
}
