package dev.labcrew.docker.container;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The state of one container as {@code docker inspect} shows it, with what matters for diagnosis first.
 *
 * @param startedAt last start, RFC 3339 to the second, or {@code -}
 * @param finishedAt last exit, or {@code -}
 * @param restartPolicy {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure[:N]}
 * @param health healthy, unhealthy, starting, or null without a health check
 * @param healthLog the latest health probes, oldest first, as {@code exit N: output}
 * @param oomKilled the kernel's OOM killer ended its last run: Docker's flag, or an {@code oom} event the flag missed
 * @param killedBy who sent the SIGKILL behind an exit code 137 ({@link KillSource#NONE} for any other exit)
 * @param memoryLimit bytes, 0 for none
 */
public record ContainerStatus(String host, String id, String name, String image, String state, boolean running,
                              boolean restarting, boolean oomKilled, KillSource killedBy, int exitCode, String error, String startedAt,
                              String finishedAt, long uptimeSeconds, int restartCount, String restartPolicy, String health,
                              int failingStreak, List<String> healthLog, long memoryLimit, boolean tty, int pid)
        implements TextResult {
    public ContainerStatus {
        healthLog = List.copyOf(healthLog);
    }

    /** {@code docker/NAME@HOST}, the target of findings and actions. */
    public String target() {
        return "docker/" + name + "@" + host;
    }

    @Override
    public String toText() {
        return ContainerText.status(this);
    }
}
