package dev.labcrew.proxmox.provision;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobJournal;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs a journaled provisioning job from wherever its journal stands: a step with a DONE line is skipped, any other gets
 * its intent line, runs (checking the guest first), and gets its outcome line; a task's UPID is journaled as soon as PVE
 * answers it. Every line also goes to the audit trail as a STEP record. When a step fails, the compensation runs
 * ({@link Compensation}) and the job ends ROLLED_BACK, or STUCK when the compensation itself failed.
 */
final class JobRunner {
    static final String COMPENSATE = "compensate";

    private final JobJournal journal;
    private final Job job;
    private final ProvisionSteps steps;
    private final Compensation compensation;
    private final BiConsumer<AuditEventType, Map<String, Object>> audit;
    private final Consumer<String> progress;

    JobRunner(JobJournal journal, Job job, ProvisionSteps steps, Compensation compensation,
              BiConsumer<AuditEventType, Map<String, Object>> audit, Consumer<String> progress) {
        this.journal = journal;
        this.job = job;
        this.steps = steps;
        this.compensation = compensation;
        this.audit = audit;
        this.progress = progress;
    }

    /** Runs the remaining steps; returns the job SUCCEEDED, or throws after rolling back. */
    Job run(Blueprint plan) {
        List<JobStep> lines = journal.steps(job.id());
        int n = 0;
        List<String> names = plan.steps();
        for (String step : names) {
            n++;
            String prefix = "[" + n + "/" + names.size() + "] " + step;
            if (has(lines, step, StepPhase.DONE)) {
                progress.accept(prefix + ": done before, skipped");
                continue;
            }
            String pending = pendingTask(lines, step);
            line(step, StepPhase.INTENT, "", plan.describe(step));
            progress.accept(prefix + " ...");
            String detail;
            try {
                detail = steps.ensure(step, pending, upid -> line(step, StepPhase.TASK, upid, "task started"));
            } catch (LabcrewException e) {
                line(step, StepPhase.FAILED, "", e.getMessage());
                progress.accept(prefix + ": FAILED " + e.getMessage());
                Job ended = rollback(JobState.ROLLED_BACK, "step " + step + " failed: " + e.getMessage());
                throw new LabcrewException(ErrorKind.TASK_FAILED, "provision_lxc job " + job.id() + " failed at step " + step + ": "
                    + e.getMessage() + "; " + ended.note(), "see 'labcrew jobs show " + job.id() + "'");
            }
            line(step, StepPhase.DONE, "", detail);
            progress.accept(prefix + ": " + detail);
        }
        return journal.update(job.id(), JobState.SUCCEEDED, plan.label() + " provisioned; " + guestSideNote(plan));
    }

    /** Undoes the job (stop and destroy the guest it made) and ends it in {@code end}, or STUCK when that fails. */
    Job rollback(JobState end, String why) {
        line(COMPENSATE, StepPhase.INTENT, "", why);
        progress.accept("rolling back: " + why);
        try {
            String undone = compensation.run(upid -> line(COMPENSATE, StepPhase.TASK, upid, "task started"));
            line(COMPENSATE, StepPhase.UNDONE, "", undone);
            progress.accept("rolled back: " + undone);
            return journal.update(job.id(), end, why + "; rolled back: " + undone);
        } catch (LabcrewException e) {
            line(COMPENSATE, StepPhase.FAILED, "", e.getMessage());
            return journal.update(job.id(), JobState.STUCK, why + "; the rollback failed too (" + e.getMessage()
                + "): a human must check CT " + job.arguments().get("vmid") + " ('labcrew jobs abort " + job.id() + "' tries again)");
        }
    }

    /** What a human must still do in the guest: the one identity step the PVE API cannot take (seed 004 F3). */
    static String guestSideNote(Blueprint plan) {
        return "STILL TO DO by a human: SSH host keys were not regenerated (a restore does not, and the PVE API cannot run"
            + " commands in a guest): run 'pct enter " + plan.vmid() + "' then 'ssh-keygen -A' on " + plan.node()
            + ", unless the golden has a first-boot unit running it";
    }

    private void line(String step, StepPhase phase, String upid, String detail) {
        journal.append(job.id(), step, phase, upid, detail);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", step);
        details.put("phase", phase.name());
        if (!upid.isEmpty()) {
            details.put("upid", upid);
        }
        details.put("detail", detail);
        audit.accept(AuditEventType.STEP, details);
    }

    private static boolean has(List<JobStep> lines, String step, StepPhase phase) {
        return lines.stream().anyMatch(l -> l.step().equals(step) && l.phase() == phase);
    }

    /** The UPID of the step's last TASK line, when nothing came after it for that step. */
    private static String pendingTask(List<JobStep> lines, String step) {
        String upid = null;
        for (JobStep line : lines) {
            if (line.step().equals(step)) {
                upid = line.phase() == StepPhase.TASK ? line.upid() : null;
            }
        }
        return upid;
    }
}
