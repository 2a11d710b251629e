package dev.labcrew.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lifecycle shared by the simulators' JUnit 5 extensions: registered in a static field, one
 * simulator per test class (shared with its {@code @Nested} classes); in an instance field, one per
 * test. Before each test the simulator is reset (faults cleared, recorded requests emptied); state
 * changed by a test stays for the rest of the class.
 *
 * @param <T> the simulator
 */
public abstract class SimulatorExtension<T extends AutoCloseable>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final String name;
  private T running;
  private boolean perTest;
  private int classDepth;

  protected SimulatorExtension(String name) {
    this.name = name;
  }

  /** Builds and starts a fresh simulator. */
  protected abstract T start();

  /** Clears what one test may have set up for itself: faults, recorded requests. */
  protected abstract void reset(T simulator);

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside a test of the class that registered the extension
   */
  protected final T running() {
    if (running == null) {
      throw new IllegalStateException(name + " runs only while the tests of its class run");
    }
    return running;
  }

  @Override
  public final void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      running = start();
    }
  }

  @Override
  public final void beforeEach(ExtensionContext context) {
    if (running == null) {
      perTest = true;
      running = start();
    }
    reset(running);
  }

  @Override
  public final void afterEach(ExtensionContext context) throws Exception {
    if (perTest) {
      stop();
    }
  }

  @Override
  public final void afterAll(ExtensionContext context) throws Exception {
    if (--classDepth == 0) {
      stop();
    }
  }

  private void stop() throws Exception {
    if (running != null) {
      running.close();
      running = null;
    }
  }
}
