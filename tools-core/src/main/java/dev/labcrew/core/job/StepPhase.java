package dev.labcrew.core.job;

/** One journal line of a step: its intent is written before it runs, its outcome after. */
public enum StepPhase {
    /** About to run; written before the first request of the step leaves. */
    INTENT,
    /** A task was started for it: the line carries the task's UPID, so a resumed job waits for that task. */
    TASK,
    /** Ran and its effect was read back. */
    DONE,
    /** Ran and failed; the compensations follow. */
    FAILED,
    /** Its effect was undone by a compensation. */
    UNDONE
}
