package dev.labcrew.docker.container;

/**
 * Who ended a container's last run with SIGKILL (exit code 137), as far as the engine can tell.
 *
 * <p>Docker's {@code OOMKilled} flag alone cannot say: the engine sets it from an OOM event that on cgroup v2
 * can arrive too late or not at all (moby/moby#41929; moby's own {@code TestInspectOomKilledTrue} is skipped on
 * cgroup v2 for it), and {@code docker stop}'s timeout ends a container with the same 137. The engine's event
 * log tells them apart: every {@code docker kill}, {@code stop} and {@code restart} logs a {@code kill} event
 * with its signal (moby daemon/kill.go), an OOM kill it noticed logs {@code oom} (daemon/monitor.go).
 */
public enum KillSource {
    /** The last run did not end with SIGKILL, or it is still running. */
    NONE,
    /** The kernel's OOM killer: Docker's {@code OOMKilled} flag, or an {@code oom} event in the engine's log. */
    OOM_KILLER,
    /** A {@code kill} sent through the engine: {@code docker stop}'s timeout, {@code docker kill}, {@code docker restart}. */
    DOCKER,
    /**
     * Nothing sent it through Docker, and the engine's log covers the whole run: the kernel (most likely its OOM
     * killer, whose flag the engine missed) or a {@code kill -9} on the host.
     */
    OUTSIDE_DOCKER,
    /** The engine's event log no longer covers the run (it keeps its newest 256 events) or could not be read. */
    UNKNOWN
}
