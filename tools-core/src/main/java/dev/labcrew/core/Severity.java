package dev.labcrew.core;

/** How urgent a finding is, most severe first; sorting by ordinal ranks findings. */
public enum Severity {
    /** Service is down or data is at risk now. */
    CRITICAL,
    /** Something will break or is degraded; act soon. */
    WARNING,
    /** Worth knowing; no action needed now. */
    INFO
}
