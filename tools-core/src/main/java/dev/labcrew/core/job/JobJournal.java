package dev.labcrew.core.job;

import java.util.List;
import java.util.Optional;

/**
 * The journal of reconcile jobs, kept in the same store as approvals and the audit trail (SQLite or
 * PostgreSQL): each step's intent is written before it runs and its outcome after, so a job cut off by a
 * crash continues from its last line ({@code labcrew jobs resume ID}) without repeating a finished step.
 */
public interface JobJournal {
    /** Records a new job in state {@link JobState#RUNNING}. */
    Job create(Job job);

    Optional<Job> find(String id);

    /** Every job, newest first. */
    List<Job> list();

    /** The journal lines of one job, in the order written. */
    List<JobStep> steps(String jobId);

    /** Appends one line to a job's journal, in its own transaction (durable before the step goes on). */
    JobStep append(String jobId, String step, StepPhase phase, String upid, String detail);

    /** Moves a job to a new state with its outcome line. */
    Job update(String jobId, JobState state, String note);
}
