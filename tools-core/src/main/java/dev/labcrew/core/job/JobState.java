package dev.labcrew.core.job;

/** Where a journaled job stands. Only {@link #RUNNING} jobs may be resumed or aborted. */
public enum JobState {
    /** Started and not finished: running now, or cut off (process killed) and waiting for {@code jobs resume}. */
    RUNNING,
    /** Every step done and verified. */
    SUCCEEDED,
    /** A step failed; the compensations ran in reverse and left nothing the job made. */
    ROLLED_BACK,
    /** A human aborted it; the compensations ran in reverse. */
    ABORTED,
    /** A compensation itself failed: a human must look at what the job made (its steps say what). */
    STUCK;

    /** True once nothing more will run on its own. */
    public boolean finished() {
        return this != RUNNING;
    }
}
