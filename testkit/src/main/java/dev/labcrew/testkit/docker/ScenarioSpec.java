package dev.labcrew.testkit.docker;

import java.util.List;
import java.util.Map;

/** The JSON layout of a Docker scenario file; see the package documentation. */
record ScenarioSpec(String name, HostSpec host, List<ImageSpec> images, List<VolumeSpec> volumes, List<NetworkSpec> networks,
    List<ContainerSpec> containers) {

  ScenarioSpec {
    images = images == null ? List.of() : images;
    volumes = volumes == null ? List.of() : volumes;
    networks = networks == null ? List.of() : networks;
    containers = containers == null ? List.of() : containers;
  }

  record HostSpec(String name, String os, String kernel, int ncpu, long memTotal, List<String> warnings) {}

  record ImageSpec(String id, List<String> tags, long size, int ageDays, Map<String, String> labels) {}

  record VolumeSpec(String name, long size, int ageDays) {}

  record NetworkSpec(String name, String driver, String subnet, String gateway, boolean internal) {}

  record ContainerSpec(String name, String image, String state, int upMinutes, int exitedMinutesAgo, int exitCode,
      boolean oomKilled, String killedBy, int restartCount, int restartEverySeconds, String restartPolicy, long memLimit, boolean tty,
      List<String> ports, List<String> networks, List<String> volumes, HealthSpec health, UsageSpec usage,
      List<LogSpec> logs) {
    ContainerSpec {
      if (killedBy != null && !killedBy.equals("docker")) {
        throw new IllegalArgumentException("container " + name + ": killedBy is \"docker\" or absent, not \"" + killedBy + "\"");
      }
    }
  }

  record HealthSpec(String status, int failingStreak, List<ProbeSpec> probes) {}

  record ProbeSpec(int exitCode, String output) {}

  record UsageSpec(double cpuPercent, long memory, long netRx, long netTx, long blockRead, long blockWrite, int pids) {}

  record LogSpec(String stream, String text) {}
}
