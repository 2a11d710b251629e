package dev.labcrew.testkit.docker;

import dev.labcrew.testkit.SimulatorExtension;
import java.util.function.Consumer;

/**
 * JUnit 5 extension that runs a {@link FakeDocker} for a test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");
 *
 * @Test
 * void lists_containers() {
 *   var host = docker.fake().host();   // tcp://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>In a static field the engine is fresh per class; in an instance field, fresh per test. Before each test the
 * faults are cleared and the recorded requests emptied; container and image changes made by a test stay for the
 * rest of the class.
 */
public final class FakeDockerExtension extends SimulatorExtension<FakeDocker> {
  private final DockerScenario scenario;
  private final Consumer<FakeDocker.Builder> customizer;

  private FakeDockerExtension(DockerScenario scenario, Consumer<FakeDocker.Builder> customizer) {
    super("FakeDocker");
    this.scenario = scenario;
    this.customizer = customizer;
  }

  /** A built-in scenario by name; see {@link DockerScenario#named(String)}. */
  public static FakeDockerExtension withScenario(String name) {
    return new FakeDockerExtension(DockerScenario.named(name), b -> {});
  }

  public static FakeDockerExtension withScenario(DockerScenario scenario) {
    return new FakeDockerExtension(scenario, b -> {});
  }

  /** The same extension with further builder settings, such as {@code b -> b.engine(Engine.PODMAN)}. */
  public FakeDockerExtension configure(Consumer<FakeDocker.Builder> settings) {
    return new FakeDockerExtension(scenario, customizer.andThen(settings));
  }

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside a test of the class that registered the extension
   */
  public FakeDocker fake() {
    return running();
  }

  @Override
  protected FakeDocker start() {
    FakeDocker.Builder builder = FakeDocker.builder().scenario(scenario);
    customizer.accept(builder);
    return builder.build().start();
  }

  @Override
  protected void reset(FakeDocker fake) {
    fake.faults().clear();
    fake.clearRequests();
  }
}
