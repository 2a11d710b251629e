package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.testkit.docker.ScenarioSpec.ProbeSpec;
import java.time.Instant;
import java.util.List;

/** {@code State.Health}: status, failing streak and the last probes, 30 s apart, newest last. */
final class HealthJson {
  private HealthJson() {}

  static ObjectNode of(FakeContainer c, Instant now) {
    ObjectNode health = Json.object().put("Status", c.health).put("FailingStreak", c.failingStreak);
    ArrayNode log = health.putArray("Log");
    List<ProbeSpec> probes = "healthy".equals(c.health) || c.spec.health().probes() == null
        ? List.of(new ProbeSpec(0, "")) : c.spec.health().probes();
    for (int i = 0; i < probes.size(); i++) {
      Instant start = now.minusSeconds(30L * (probes.size() - i));
      log.addObject().put("Start", start.toString()).put("End", start.plusMillis(40).toString())
          .put("ExitCode", probes.get(i).exitCode()).put("Output", probes.get(i).output());
    }
    return health;
  }
}
