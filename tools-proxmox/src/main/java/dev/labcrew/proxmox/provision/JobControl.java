package dev.labcrew.proxmox.provision;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.audit.AuditEvent;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobJournal;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.store.StateStore;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code labcrew jobs resume|abort}: continues or undoes a job that a crash (kill -9) left RUNNING, behind the approval
 * already given and nothing else: the audit trail (MAC-chained) must hold that approval's DECIDED record for the job's
 * action id and plan hash. Each journal line and the end state go to the same trail.
 */
public final class JobControl {
    private final JobFactory factory;

    JobControl(JobFactory factory) {
        this.factory = factory;
    }

    /** Runs the job's remaining steps; returns it SUCCEEDED, or throws once it rolled back. */
    public JobReport resume(StateStore store, String id, Consumer<String> progress) {
        Job job = running(store, id, "resume");
        BiConsumer<AuditEventType, Map<String, Object>> audit = audit(store, job);
        Blueprint plan = Blueprint.fromMap(job.arguments());
        progress.accept("resuming job " + id + " on " + plan.label() + " from its journal");
        try {
            Job done = factory.runner(store.jobs(), job, plan, audit, progress).run(plan);
            audit.accept(AuditEventType.FINISHED, Map.of("outcome", done.note(), "resumed", true));
            return new JobReport(done, store.jobs().steps(id));
        } catch (LabcrewException e) {
            audit.accept(AuditEventType.FAILED, Map.of("error", e.kind().name(), "message", e.getMessage()));
            throw e;
        }
    }

    /** Runs the compensation (stop and destroy the guest the job made) and ends the job ABORTED. */
    public JobReport abort(StateStore store, String id, String who, Consumer<String> progress) {
        Job job = store.jobs().find(id).orElseThrow(() -> notFound(id));
        if (job.state() != JobState.RUNNING && job.state() != JobState.STUCK) {
            throw new LabcrewException(ErrorKind.CONFLICT, "Job " + id + " is " + job.state() + ": nothing to abort",
                "see it with 'labcrew jobs show " + id + "'");
        }
        approved(store, job);
        BiConsumer<AuditEventType, Map<String, Object>> audit = audit(store, job);
        Blueprint plan = Blueprint.fromMap(job.arguments());
        Job ended = factory.runner(store.jobs(), job, plan, audit, progress).rollback(JobState.ABORTED, "aborted by " + who);
        audit.accept(AuditEventType.FAILED, Map.of("error", "ABORTED", "message", ended.note()));
        return new JobReport(ended, store.jobs().steps(id));
    }

    private static Job running(StateStore store, String id, String verb) {
        JobJournal journal = store.jobs();
        Job job = journal.find(id).orElseThrow(() -> notFound(id));
        if (job.state() != JobState.RUNNING) {
            throw new LabcrewException(ErrorKind.CONFLICT, "Job " + id + " is " + job.state() + ": nothing to " + verb,
                "see it with 'labcrew jobs show " + id + "'");
        }
        approved(store, job);
        return job;
    }

    /** The approval the job runs behind, as the audit trail recorded it; refuses a job without one. */
    private static void approved(StateStore store, Job job) {
        if (!ProvisionAction.TOOL.equals(job.tool())) {
            throw LabcrewException.badInput("Job " + job.id() + " is a " + job.tool() + " job; this Labcrew resumes provision_lxc jobs",
                "see it with 'labcrew jobs show " + job.id() + "'");
        }
        for (AuditRecord r : store.auditTrail()) {
            AuditEvent e = r.event();
            if (e.type() == AuditEventType.DECIDED && e.actionId().equals(job.id()) && e.proposalHash().equals(job.proposalHash())
                && "APPROVED".equals(String.valueOf(e.details().get("verdict")))) {
                return;
            }
        }
        throw new LabcrewException(ErrorKind.PERMISSION_DENIED, "Job " + job.id() + " has no approval in the audit trail for its plan",
            "nothing was run; 'labcrew audit verify' checks the trail; provision again to ask for a new approval");
    }

    private static BiConsumer<AuditEventType, Map<String, Object>> audit(StateStore store, Job job) {
        return (type, details) -> store.append(new AuditEvent(type, job.id(), job.tool(), job.target(), "DESTRUCTIVE",
            job.proposalHash(), details));
    }

    private static LabcrewException notFound(String id) {
        return new LabcrewException(ErrorKind.NOT_FOUND, "No job " + id, "list the jobs with 'labcrew jobs list'");
    }
}
