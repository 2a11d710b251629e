package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A Docker host to simulate: images, volumes, networks and containers with their state, health, usage and
 * logs. Built-in ones are JSON files on the classpath under {@code dev/labcrew/testkit/docker/scenarios/}.
 *
 * <pre>{@code
 * DockerScenario.named("homelab-incidents");
 * DockerScenario.fromFile(Path.of("my-host.json"));
 * }</pre>
 */
public final class DockerScenario {
  private static final List<String> BUILT_IN = List.of("homelab-incidents", "empty");
  private static final String RESOURCES = "/dev/labcrew/testkit/docker/scenarios/";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final ScenarioSpec spec;

  private DockerScenario(ScenarioSpec spec) {
    this.spec = spec;
  }

  /** The names {@link #named} accepts. */
  public static List<String> names() {
    return BUILT_IN;
  }

  /**
   * A built-in scenario by name.
   *
   * @throws IllegalArgumentException when there is no such scenario
   */
  public static DockerScenario named(String name) {
    Objects.requireNonNull(name, "name == null");
    try (InputStream in = BUILT_IN.contains(name) ? DockerScenario.class.getResourceAsStream(RESOURCES + name + ".json") : null) {
      if (in == null) {
        throw new IllegalArgumentException("no Docker scenario '" + name + "'; built in: " + BUILT_IN);
      }
      return new DockerScenario(MAPPER.readValue(in, ScenarioSpec.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Docker scenario " + name, e);
    }
  }

  /** A scenario from a JSON file of your own, in the layout of the built-in ones. */
  public static DockerScenario fromFile(Path file) throws IOException {
    return new DockerScenario(MAPPER.readValue(Files.readAllBytes(file), ScenarioSpec.class));
  }

  public String name() {
    return spec.name();
  }

  ScenarioSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return "DockerScenario[" + spec.name() + "]";
  }
}
