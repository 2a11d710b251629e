package dev.labcrew.testkit.docker;

import dev.labcrew.testkit.docker.ScenarioSpec.ContainerSpec;
import java.time.Instant;

/**
 * One container of the simulated engine. A crash-looping one ({@code restartEverySeconds > 0}) restarts on its
 * own: its restart count climbs with time until someone starts, stops or restarts it.
 */
final class FakeContainer {
  final ContainerSpec spec;
  final String id;
  final String imageId;
  final Instant created;
  final Instant loopSince;
  String status;
  Instant startedAt;
  Instant finishedAt;
  int exitCode;
  boolean oomKilled;
  boolean looping;
  int restartBase;
  String health;
  int failingStreak;
  int pid;

  FakeContainer(ContainerSpec spec, String imageId, Instant now) {
    this.spec = spec;
    this.id = Ids.of("container", spec.name());
    this.imageId = imageId;
    this.created = now.minusSeconds(60L * (Math.max(spec.upMinutes(), spec.exitedMinutesAgo()) + 90));
    this.loopSince = now;
    this.status = spec.state() == null ? "running" : spec.state();
    this.startedAt = "created".equals(status) ? null : now.minusSeconds(60L * spec.upMinutes() + (looping() ? 5 : 0));
    this.finishedAt = "running".equals(status) ? null : now.minusSeconds(60L * spec.exitedMinutesAgo() + 1);
    this.exitCode = spec.exitCode();
    this.oomKilled = spec.oomKilled();
    this.looping = spec.restartEverySeconds() > 0;
    this.restartBase = spec.restartCount();
    this.health = spec.health() == null ? null : spec.health().status();
    this.failingStreak = spec.health() == null ? 0 : spec.health().failingStreak();
    this.pid = "running".equals(status) ? 1000 + Math.floorMod(id.hashCode(), 30000) : 0;
  }

  private boolean looping() {
    return spec.restartEverySeconds() > 0;
  }

  String name() {
    return spec.name();
  }

  /** Running, or restarting: Docker reports both as {@code Running: true}. */
  boolean up() {
    return "running".equals(status) || "restarting".equals(status);
  }

  int restartCount(Instant now) {
    return looping ? restartBase + (int) ((now.getEpochSecond() - loopSince.getEpochSecond()) / spec.restartEverySeconds())
        : restartBase;
  }

  void start(Instant now) {
    restartBase = restartCount(now);
    looping = false;
    status = "running";
    startedAt = now;
    exitCode = 0;
    oomKilled = false;
    pid = 1000 + Math.floorMod((id + now).hashCode(), 30000);
    if (health != null) {
      health = "healthy";
      failingStreak = 0;
    }
  }

  void stop(Instant now) {
    restartBase = restartCount(now);
    looping = false;
    status = "exited";
    finishedAt = now;
    exitCode = 0;
    pid = 0;
  }
}
