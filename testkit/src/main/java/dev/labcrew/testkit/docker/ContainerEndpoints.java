package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.Map;

/** The container endpoints: list, inspect, logs, stats, start, stop, restart. */
final class ContainerEndpoints {
  private ContainerEndpoints() {}

  static Reply list(EngineState state, Map<String, String> query, Instant now) {
    boolean all = LogStream.truthy(query.get("all"));
    ArrayNode list = Json.array();
    state.containers.stream().filter(c -> all || c.up()).sorted((a, b) -> b.created.compareTo(a.created))
        .forEach(c -> list.add(ContainerJson.summary(state, c, now)));
    return Reply.json(list);
  }

  static Reply get(EngineState state, String ref, String what, Map<String, String> query, String version, Instant now) {
    FakeContainer c = find(state, ref);
    return switch (what) {
      case "json" -> Reply.json(ContainerJson.inspect(state, c, now));
      case "logs" -> logs(c, query, version, now);
      case "stats" -> Reply.json(StatsJson.of(c, state, LogStream.truthy(query.get("one-shot")), now));
      default -> throw new Reply.Failure(404, "page not found");
    };
  }

  static Reply post(EngineState state, String ref, String action, Instant now) {
    FakeContainer c = find(state, ref);
    switch (action) {
      case "start" -> {
        if ("running".equals(c.status)) {
          return Reply.empty(304);
        }
        c.start(now);
        state.events.container(c, "start", now, Map.of());
      }
      case "stop" -> {
        if (!c.up()) {
          return Reply.empty(304);
        }
        stopped(state, c, now);
      }
      case "restart" -> {
        if (c.up()) {
          stopped(state, c, now);
        }
        c.start(now.isAfter(c.startedAt == null ? Instant.EPOCH : c.startedAt) ? now : c.startedAt.plusMillis(1));
        state.events.container(c, "start", c.startedAt, Map.of());
        state.events.container(c, "restart", c.startedAt, Map.of());
      }
      default -> throw new Reply.Failure(404, "page not found");
    }
    return Reply.empty(204);
  }

  /** {@code docker stop}: SIGTERM, which the simulated process obeys at once (exit 0), as the engine logs it. */
  private static void stopped(EngineState state, FakeContainer c, Instant now) {
    state.events.container(c, "kill", now, Map.of("signal", "15"));
    c.stop(now);
    state.events.container(c, "die", now, Map.of("exitCode", String.valueOf(c.exitCode)));
    state.events.container(c, "stop", now, Map.of());
  }

  private static Reply logs(FakeContainer c, Map<String, String> query, String version, Instant now) {
    if (!LogStream.truthy(query.get("stdout")) && !LogStream.truthy(query.get("stderr"))) {
      throw new Reply.Failure(400, "Bad parameters: you must choose at least one stream");
    }
    // engines before API 1.42 call every log answer a raw stream, multiplexed or not
    String type = c.spec.tty() || Versions.compare(version, "1.42") < 0 ? "application/vnd.docker.raw-stream"
        : "application/vnd.docker.multiplexed-stream";
    return new Reply(200, type, LogStream.of(c, query, now));
  }

  private static FakeContainer find(EngineState state, String ref) {
    return state.container(ref).orElseThrow(() -> new Reply.Failure(404, "No such container: " + ref));
  }
}
