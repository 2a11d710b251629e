package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.testkit.docker.ScenarioSpec.HostSpec;
import java.time.Instant;

/** {@code /version} and {@code /info}, as the chosen {@link Engine} answers them. */
final class SystemJson {
  private SystemJson() {}

  static ObjectNode version(EngineState state) {
    Engine e = state.engine;
    HostSpec host = state.spec.host();
    ObjectNode json = Json.object();
    json.putObject("Platform").put("Name", e == Engine.PODMAN ? "linux/amd64/debian-12" : "Docker Engine - Community");
    ArrayNode components = json.putArray("Components");
    components.addObject().put("Name", e == Engine.PODMAN ? "Podman Engine" : "Engine").put("Version", e.version)
        .putObject("Details").put("ApiVersion", e.apiVersion).put("MinAPIVersion", e.minApiVersion).put("Os", "linux")
        .put("Arch", "amd64").put("KernelVersion", host.kernel());
    return json.put("Version", e.version).put("ApiVersion", e.apiVersion).put("MinAPIVersion", e.minApiVersion)
        .put("GitCommit", "5d6db84").put("GoVersion", "go1.24.9").put("Os", "linux").put("Arch", "amd64")
        .put("KernelVersion", host.kernel()).put("BuildTime", "2025-11-13T14:52:05.000000000+00:00");
  }

  static ObjectNode info(EngineState state, Instant now) {
    HostSpec host = state.spec.host();
    long running = state.containers.stream().filter(FakeContainer::up).count();
    long paused = state.containers.stream().filter(c -> "paused".equals(c.status)).count();
    ObjectNode json = Json.object().put("ID", Ids.of("engine", host.name()).substring(0, 36))
        .put("Containers", state.containers.size()).put("ContainersRunning", running).put("ContainersPaused", paused)
        .put("ContainersStopped", state.containers.size() - running - paused).put("Images", state.images.size())
        .put("Driver", "overlay2").put("MemoryLimit", true).put("SwapLimit", true).put("NFd", 58).put("NGoroutines", 71)
        .put("SystemTime", now.toString()).put("LoggingDriver", "json-file").put("CgroupDriver", "systemd")
        .put("CgroupVersion", state.engine.cgroupVersion).put("KernelVersion", host.kernel()).put("OperatingSystem", host.os())
        .put("OSType", "linux").put("Architecture", "x86_64").put("NCPU", host.ncpu()).put("MemTotal", host.memTotal())
        .put("DockerRootDir", "/var/lib/docker").put("Name", host.name()).put("ServerVersion", state.engine.version);
    ArrayNode warnings = json.putArray("Warnings");
    ContainerJson.list(host.warnings()).forEach(warnings::add);
    return json;
  }
}
