package dev.labcrew.testkit.proxmox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lab to simulate: nodes, guests, tokens, tasks, journal and faults. Built in ones are JSON files on the classpath
 * under {@code dev/labcrew/testkit/proxmox/scenarios/}, plus the generated {@code large-cluster}:
 *
 * <pre>{@code
 * Scenario.named("homelab-incidents");
 * Scenario.named("large-cluster:nodes=10,guests=5000");
 * Scenario.largeCluster(5, 1000);
 * }</pre>
 *
 * <p>Ages in a scenario are resolved when the server starts, so snapshot and task ages stay realistic.
 */
public final class Scenario {
  private static final List<String> BUILT_IN = List.of("homelab-incidents", "large-cluster");
  private static final String RESOURCES = "/dev/labcrew/testkit/proxmox/scenarios/";

  private final ScenarioSpec spec;
  private final List<String> warnings;

  private Scenario(ScenarioSpec spec) {
    this(spec, List.of());
  }

  private Scenario(ScenarioSpec spec, List<String> warnings) {
    this.spec = spec;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * A built-in scenario when {@code nameOrFile} is one of {@link #names()} (or {@code large-cluster:...}), else the
   * lab file at that path.
   *
   * @throws LabFileException when it is neither, or the file is not a valid lab: one line naming the JSON path
   */
  public static Scenario load(String nameOrFile) {
    Objects.requireNonNull(nameOrFile, "nameOrFile == null");
    if (BUILT_IN.contains(nameOrFile) || nameOrFile.startsWith("large-cluster:")) {
      return named(nameOrFile);
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new LabFileException("no lab '" + nameOrFile + "': not a built-in one " + BUILT_IN
          + " and no such file");
    }
    try {
      return fromFile(file);
    } catch (IOException e) {
      throw new LabFileException("lab file " + nameOrFile + ": cannot read: " + e.getMessage());
    }
  }

  /** The names {@link #named} accepts. */
  public static List<String> names() {
    return BUILT_IN;
  }

  /**
   * A built-in scenario by name; {@code large-cluster} takes {@code :nodes=N,guests=M}.
   *
   * @throws IllegalArgumentException when there is no such scenario
   */
  public static Scenario named(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.equals("large-cluster") || name.startsWith("large-cluster:")) {
      Map<String, String> opts = FormParams.parse(name.substring(name.indexOf(':') + 1).replace(',', '&'));
      return largeCluster(Integer.parseInt(opts.getOrDefault("nodes", "5")),
          Integer.parseInt(opts.getOrDefault("guests", "1000")));
    }
    try (InputStream in = name.contains("/") ? null : Scenario.class.getResourceAsStream(RESOURCES + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario '" + name + "'; built in: " + BUILT_IN);
      }
      return new Scenario(LabFile.readBuiltIn(name, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario " + name, e);
    }
  }

  /** A generated cluster of {@code nodes} nodes and {@code guests} guests, the same for the same numbers. */
  public static Scenario largeCluster(int nodes, int guests) {
    if (nodes < 1 || guests < 0) {
      throw new IllegalArgumentException("nodes must be >= 1 and guests >= 0");
    }
    return new Scenario(LargeCluster.generate(nodes, guests));
  }

  /**
   * A scenario from a JSON file of your own, in the layout of the built-in ones (see {@code docs/lab-files.md}).
   * Fields this version does not know are ignored and listed in {@link #warnings()}.
   *
   * @throws LabFileException when the file is not a valid lab: one line naming the JSON path and what was expected
   */
  public static Scenario fromFile(Path file) throws IOException {
    List<String> warnings = new ArrayList<>();
    ScenarioSpec spec = LabFile.read(file.toString(), Files.readAllBytes(file), warnings);
    return new Scenario(spec, warnings);
  }

  /**
   * A scenario from lab JSON held in memory, such as a lab embedded in an eval incident.
   *
   * @param origin what to name in messages, such as the file the JSON came from
   * @throws LabFileException when it is not a valid lab: one line naming the JSON path and what was expected
   */
  public static Scenario fromJson(String origin, byte[] json) {
    List<String> warnings = new ArrayList<>();
    ScenarioSpec spec = LabFile.read(origin, json, warnings);
    return new Scenario(spec, warnings);
  }

  /** What loading noticed without refusing the file: fields this version ignored, each with its JSON path. */
  public List<String> warnings() {
    return warnings;
  }

  public String name() {
    return spec.name();
  }

  ScenarioSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return "Scenario[" + spec.name() + "]";
  }
}
