package dev.labcrew.docker.container;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns an inspect answer into the {@link ContainerStatus} a model reads. */
final class StatusMapper {
    private static final int HEALTH_PROBES = 3;

    private StatusMapper() {
    }

    static ContainerStatus status(String host, Inspect c, KillSource killedBy, Instant now) {
        Inspect.State s = c.stateOrEmpty();
        Inspect.Health health = s.health();
        List<String> probes = new ArrayList<>();
        if (health != null && health.log() != null) {
            List<Inspect.Probe> log = health.log();
            for (Inspect.Probe probe : log.subList(Math.max(0, log.size() - HEALTH_PROBES), log.size())) {
                String output = probe.output() == null ? "" : probe.output().strip().replaceAll("\\s*\\n\\s*", " | ");
                probes.add("exit " + probe.exitCode() + ": " + (output.length() > 200 ? output.substring(0, 200) + "..." : output));
            }
        }
        long memory = c.hostConfig() == null ? 0 : c.hostConfig().memory();
        return new ContainerStatus(host, shortId(c.id()), c.shortName(), c.imageName(), s.status(), s.running(), s.restarting(),
            s.oomKilled() || killedBy == KillSource.OOM_KILLER, killedBy, s.exitCode(), s.error() == null ? "" : s.error(),
            Times.seconds(s.startedAt()), Times.seconds(s.finishedAt()), c.uptimeSeconds(now), c.restartCount(), c.restartPolicy(),
            health == null || health.status() == null || "none".equals(health.status()) ? null : health.status(),
            health == null ? 0 : health.failingStreak(), probes, memory, c.tty(), s.pid());
    }

    static String shortId(String id) {
        String plain = id == null ? "" : id.replaceFirst("^sha256:", "");
        return plain.substring(0, Math.min(12, plain.length()));
    }
}
