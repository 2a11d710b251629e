package dev.labcrew.core.job;

import java.time.Instant;

/**
 * One line of a job's journal, in the order written.
 *
 * @param seq 1, 2, ... within the job
 * @param step the step's name, e.g. {@code restore}
 * @param upid the Proxmox task of the step, or empty
 * @param detail what it did or why it failed, one line
 */
public record JobStep(String jobId, int seq, String step, StepPhase phase, String upid, String detail, Instant at) {
    public JobStep {
        upid = upid == null ? "" : upid;
        detail = detail == null ? "" : detail;
    }
}
