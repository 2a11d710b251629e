package dev.labcrew.proxmox.provision;

import dev.labcrew.core.TextResult;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import java.util.List;

/** A job and its journal, as {@code provision_lxc}, {@code labcrew jobs show} and {@code resume} print it. */
public record JobReport(Job job, List<JobStep> steps) implements TextResult {
    @Override
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("job ").append(job.id()).append(' ').append(job.state()).append(": ").append(job.tool()).append(" on ")
            .append(job.target()).append(" (hostname ").append(job.arguments().get("hostname")).append(", approval ")
            .append(job.approvalId()).append(")\n");
        for (JobStep step : steps) {
            if (step.phase() == StepPhase.INTENT) {
                continue;
            }
            out.append("  ").append(step.seq()).append(' ').append(step.step()).append(' ').append(step.phase());
            if (!step.upid().isEmpty()) {
                out.append(" task ").append(step.upid());
            }
            if (!step.detail().isEmpty()) {
                out.append(": ").append(step.detail());
            }
            out.append('\n');
        }
        if (!job.note().isEmpty()) {
            out.append(job.note()).append('\n');
        }
        return out.toString().strip();
    }
}
