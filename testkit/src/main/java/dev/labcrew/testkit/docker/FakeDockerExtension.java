package dev.labcrew.testkit.docker;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
public final class FakeDockerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final DockerScenario scenario;
  private final Consumer<FakeDocker.Builder> customizer;
  private FakeDocker fake;
  private boolean perTest;
  private int classDepth;

  private FakeDockerExtension(DockerScenario scenario, Consumer<FakeDocker.Builder> customizer) {
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
    if (fake == null) {
      throw new IllegalStateException("FakeDocker runs only while the tests of its class run");
    }
    return fake;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      fake = startFake();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (fake == null) {
      perTest = true;
      fake = startFake();
    }
    fake.faults().clear();
    fake.clearRequests();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      stop();
    }
  }

  private FakeDocker startFake() {
    FakeDocker.Builder builder = FakeDocker.builder().scenario(scenario);
    customizer.accept(builder);
    return builder.build().start();
  }

  private void stop() {
    if (fake != null) {
      fake.close();
      fake = null;
    }
  }
}
