package dev.labcrew.testkit.docker;

import dev.labcrew.testkit.docker.ScenarioSpec.ContainerSpec;
import dev.labcrew.testkit.docker.ScenarioSpec.ImageSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The images, volumes, networks and containers of one simulated engine; guarded by its own monitor. */
final class EngineState {
  final ScenarioSpec spec;
  final Engine engine;
  final Instant started;
  final List<FakeImage> images = new ArrayList<>();
  final List<FakeContainer> containers = new ArrayList<>();
  final EngineEvents events = new EngineEvents();

  EngineState(ScenarioSpec spec, Engine engine, Instant now) {
    this.spec = spec;
    this.engine = engine;
    this.started = now;
    for (ImageSpec image : spec.images()) {
      String id = image.id() == null ? Ids.of("image", images.size() + ":" + String.join(",", image.tags())) : image.id();
      images.add(new FakeImage(id, image.tags(), image.size(), now.getEpochSecond() - 86400L * image.ageDays(), image.labels()));
    }
    for (ContainerSpec c : spec.containers()) {
      FakeImage image = image(c.image()).orElseThrow(() ->
          new IllegalArgumentException("container " + c.name() + " uses image " + c.image() + ", which the scenario lacks"));
      containers.add(new FakeContainer(c, image.id, now));
    }
    containers.stream().flatMap(c -> c.lastRun().stream()).sorted(Comparator.comparing(FakeContainer.Event::time))
        .forEach(e -> events.container(e.container(), e.action(), e.time(), e.attributes()));
  }

  /** By name (with or without the leading slash), full ID or an ID prefix. */
  Optional<FakeContainer> container(String ref) {
    String name = ref.startsWith("/") ? ref.substring(1) : ref;
    return containers.stream().filter(c -> c.name().equals(name)).findFirst()
        .or(() -> containers.stream().filter(c -> c.id.startsWith(name)).findFirst());
  }

  Optional<FakeImage> image(String ref) {
    return images.stream().filter(i -> i.matches(ref)).findFirst();
  }

  FakeImage imageById(String id) {
    return images.stream().filter(i -> i.id.equals(id)).findFirst().orElse(null);
  }

  List<FakeContainer> usersOf(FakeImage image) {
    return containers.stream().filter(c -> c.imageId.equals(image.id)).toList();
  }

  List<String> volumeUsers(String volume) {
    return containers.stream().filter(c -> c.spec.volumes() != null
        && c.spec.volumes().stream().anyMatch(v -> v.startsWith(volume + ":"))).map(FakeContainer::name).toList();
  }
}
