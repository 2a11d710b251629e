package dev.labcrew.testkit.docker;

/**
 * Which engine {@link FakeDocker} plays: its version, the API versions it accepts and its cgroup version
 * (which changes the memory figures of stats).
 */
public enum Engine {
  /** Docker 29: API 1.52, refuses anything below 1.44; cgroup v2. */
  DOCKER_29("29.1.3", "1.52", "1.44", "2", "Docker/29.1.3 (linux)"),
  /** Debian 12's {@code docker.io}: API 1.41 (minimum 1.12); cgroup v1 as on many LXC hosts. */
  DEBIAN_12("20.10.24+dfsg1", "1.41", "1.12", "1", "Docker/20.10.24+dfsg1 (linux)"),
  /** Podman's Docker-compatible service: API 1.41 (minimum 1.24); cgroup v2. */
  PODMAN("4.3.1", "1.41", "1.24", "2", "Libpod/4.3.1 (linux)");

  final String version;
  final String apiVersion;
  final String minApiVersion;
  final String cgroupVersion;
  final String serverHeader;

  Engine(String version, String apiVersion, String minApiVersion, String cgroupVersion, String serverHeader) {
    this.version = version;
    this.apiVersion = apiVersion;
    this.minApiVersion = minApiVersion;
    this.cgroupVersion = cgroupVersion;
    this.serverHeader = serverHeader;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public String minApiVersion() {
    return minApiVersion;
  }
}
