package dev.labcrew.testkit.proxmox;

import dev.labcrew.testkit.SimulatorExtension;
import java.util.function.Consumer;

/**
 * JUnit 5 extension that runs a {@link FakeProxmox} for a test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");
 *
 * @Test
 * void lists_guests() {
 *   var url = pve.fake().baseUrl();
 * }
 * }</pre>
 *
 * <p>In a static field the server is fresh per class (and shared with its {@code @Nested} classes); in an instance
 * field, fresh per test. Before each test the
 * faults are cleared (back to the scenario's own) and the recorded requests emptied. Guest state changed by a test
 * stays for the rest of the class.
 */
public final class FakeProxmoxExtension extends SimulatorExtension<FakeProxmox> {
  private final Scenario scenario;
  private final Consumer<FakeProxmox.Builder> customizer;

  private FakeProxmoxExtension(Scenario scenario, Consumer<FakeProxmox.Builder> customizer) {
    super("FakeProxmox");
    this.scenario = scenario;
    this.customizer = customizer;
  }

  /** A built-in scenario by name; see {@link Scenario#named(String)}. */
  public static FakeProxmoxExtension withScenario(String name) {
    return new FakeProxmoxExtension(Scenario.named(name), b -> {});
  }

  public static FakeProxmoxExtension withScenario(Scenario scenario) {
    return new FakeProxmoxExtension(scenario, b -> {});
  }

  /** The same extension, with further builder settings such as {@code b -> b.authFailureDelay(...)}. */
  public FakeProxmoxExtension configure(Consumer<FakeProxmox.Builder> settings) {
    return new FakeProxmoxExtension(scenario, customizer.andThen(settings));
  }

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside a test of the class that registered the extension
   */
  public FakeProxmox fake() {
    return running();
  }

  @Override
  protected FakeProxmox start() {
    FakeProxmox.Builder builder = FakeProxmox.builder().scenario(scenario);
    customizer.accept(builder);
    return builder.build().start();
  }

  @Override
  protected void reset(FakeProxmox fake) {
    fake.faults().clear();
    fake.clearRequests();
  }
}
