package dev.labcrew.proxmox.provision;

import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionContext;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobJournal;
import dev.labcrew.core.job.JobState;
import java.util.Map;

/**
 * {@code provision_lxc}: the plan is the preflight and the list of steps with their undo; once approved, the whole plan
 * runs as one journaled job in the store ({@link JobRunner}), whose id is the action's audit id. Follows the pattern of the
 * other changing tools (plan, approval bound to the plan's hash, target read again, perform, audit), as resize_lxc_disk.
 */
final class ProvisionAction implements Action {
    static final String TOOL = "provision_lxc";

    private final Preflight preflight;
    private final JobFactory jobs;
    private final String clusterSuffix;

    ProvisionAction(Preflight preflight, JobFactory jobs, String clusterSuffix) {
        this.preflight = preflight;
        this.jobs = jobs;
        this.clusterSuffix = clusterSuffix;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        Blueprint plan = preflight.check(ProvisionRequest.parse(arguments));
        return ActionPlan.of(target(plan), Preflight.state(plan), plan.preview(), plan.undo());
    }

    @Override
    public Object perform(ActionPlan approved, Map<String, Object> arguments) {
        throw new IllegalStateException("provision_lxc runs as a journaled job and needs the runtime's context");
    }

    @Override
    public Object perform(ActionPlan approved, Map<String, Object> arguments, ActionContext context) {
        Blueprint plan = preflight.check(ProvisionRequest.parse(arguments));
        JobJournal journal = context.store().jobs();
        Job job = journal.create(new Job(context.actionId(), TOOL, target(plan), context.proposalHash(), context.approvalId(),
            plan.toMap(), JobState.RUNNING, null, null, ""));
        context.progress("job " + job.id() + ": " + plan.steps().size() + " steps on " + plan.label()
            + " (if this process dies, 'labcrew jobs resume " + job.id() + "' continues it)");
        Job done = jobs.runner(journal, job, plan, context::record, context::progress).run(plan);
        return new JobReport(done, journal.steps(job.id()));
    }

    private String target(Blueprint plan) {
        return "ct/" + plan.vmid() + "@" + plan.node() + clusterSuffix;
    }
}
