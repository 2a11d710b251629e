package dev.labcrew.core.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A journaled job: one approved plan carried out step by step, resumable after a crash. Its id is the id of
 * the action in the audit trail, so the trail's proposal, decision, steps and outcome all carry it.
 *
 * @param id the action id (audit trail) and job id
 * @param tool the tool whose approved call started the job
 * @param target what the job makes, e.g. {@code ct/120@pve2}
 * @param proposalHash the hash of the approved proposal: a resume runs behind that approval only
 * @param approvalId the approval's id (a queue entry, or the policy's)
 * @param arguments the canonical arguments of the approved call
 * @param note the last outcome line: why it failed, what a human must still do
 */
public record Job(String id, String tool, String target, String proposalHash, String approvalId,
                  Map<String, Object> arguments, JobState state, Instant createdAt, Instant updatedAt, String note) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        arguments = Map.copyOf(arguments);
        note = note == null ? "" : note;
    }
}
