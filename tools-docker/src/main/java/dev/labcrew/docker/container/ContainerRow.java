package dev.labcrew.docker.container;

/**
 * One container in a list.
 *
 * @param id the short ID (12 characters)
 * @param state created, running, paused, restarting, removing, exited or dead
 * @param health healthy, unhealthy, starting, or null without a health check
 * @param restarts how often its restart policy restarted it ({@code RestartCount}); -1 when unknown
 * @param uptimeSeconds seconds since it started, 0 when not running
 * @param exitCode the last exit code (meaningful when exited or restarting)
 * @param ports published ports, e.g. {@code 8080->80/tcp}, or empty
 */
public record ContainerRow(String id, String name, String image, String state, String health, int restarts,
                           long uptimeSeconds, int exitCode, boolean oomKilled, String ports) {

    /** Restarting, unhealthy, dead, or exited with a non-zero code. */
    public boolean troubled() {
        return "restarting".equals(state) || "unhealthy".equals(health) || "dead".equals(state)
            || ("exited".equals(state) && exitCode != 0);
    }
}
