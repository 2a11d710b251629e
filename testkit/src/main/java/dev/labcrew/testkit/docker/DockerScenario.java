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
import java.util.function.Supplier;

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

  private final String name;
  private final Supplier<ScenarioSpec> read;
  private ScenarioSpec spec;

  private DockerScenario(String name, Supplier<ScenarioSpec> read) {
    this.name = name;
    this.read = read;
  }

  private DockerScenario(ScenarioSpec spec) {
    this(spec.name(), () -> spec);
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
    if (!BUILT_IN.contains(name)) {
      throw new IllegalArgumentException("no Docker scenario '" + name + "'; built in: " + BUILT_IN);
    }
    // a built-in one is read when an engine first needs it: the demo's engine may never be asked
    return new DockerScenario(name, () -> {
      try (InputStream in = DockerScenario.class.getResourceAsStream(RESOURCES + name + ".json")) {
        if (in == null) {
          throw new IllegalStateException(RESOURCES + name + ".json is missing from the classpath");
        }
        return MAPPER.readValue(in, ScenarioSpec.class);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Docker scenario " + name, e);
      }
    });
  }

  /** A scenario from a JSON file of your own, in the layout of the built-in ones. */
  public static DockerScenario fromFile(Path file) throws IOException {
    return new DockerScenario(MAPPER.readValue(Files.readAllBytes(file), ScenarioSpec.class));
  }

  public String name() {
    return name;
  }

  synchronized ScenarioSpec spec() {
    if (spec == null) {
      spec = read.get();
    }
    return spec;
  }

  @Override
  public String toString() {
    return "DockerScenario[" + name + "]";
  }
}
