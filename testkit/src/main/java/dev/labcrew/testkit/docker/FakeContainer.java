package dev.labcrew.testkit.docker;

import dev.labcrew.testkit.docker.ScenarioSpec.ContainerSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    this.finishedAt = "running".equals(status) ? null : now.minusSeconds(60L * spec.exitedMinutesAgo() + 1);
    // an exited container's last run lasted upMinutes and ended exitedMinutesAgo
    this.startedAt = "created".equals(status) ? null
        : "exited".equals(status) ? finishedAt.minusSeconds(60L * spec.upMinutes() + 5)
        : now.minusSeconds(60L * spec.upMinutes() + (looping() ? 5 : 0));
    this.exitCode = spec.exitCode();
    this.oomKilled = spec.oomKilled();
    this.looping = spec.restartEverySeconds() > 0;
    this.restartBase = spec.restartCount();
    this.health = spec.health() == null ? null : spec.health().status();
    this.failingStreak = spec.health() == null ? 0 : spec.health().failingStreak();
    this.pid = "running".equals(status) ? 1000 + Math.floorMod(id.hashCode(), 30000) : 0;
  }

  /** One event of its history: {@code start}, {@code kill}, {@code oom}, {@code die}, {@code stop}. */
  record Event(FakeContainer container, String action, Instant time, Map<String, String> attributes) {}

  /** The events of its last run as the scenario describes it: a start and, when it is not running, how it ended. */
  List<Event> lastRun() {
    List<Event> run = new ArrayList<>();
    if (startedAt != null) {
      run.add(new Event(this, "start", startedAt, Map.of()));
    }
    if (finishedAt != null && !"running".equals(status)) {
      if ("docker".equals(spec.killedBy())) {
        run.add(new Event(this, "kill", finishedAt.minusSeconds(10), Map.of("signal", "15")));
        run.add(new Event(this, "kill", finishedAt.minusMillis(1), Map.of("signal", "9")));
      }
      if (oomKilled) {
        run.add(new Event(this, "oom", finishedAt.minusMillis(1), Map.of()));
      }
      run.add(new Event(this, "die", finishedAt, Map.of("exitCode", String.valueOf(exitCode))));
      if ("docker".equals(spec.killedBy())) {
        run.add(new Event(this, "stop", finishedAt.plusMillis(1), Map.of()));
      }
    }
    return run;
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
