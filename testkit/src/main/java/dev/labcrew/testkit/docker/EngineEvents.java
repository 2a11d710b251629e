package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's event log, as the daemon keeps it: the newest {@value #LIMIT} events in memory
 * (moby daemon/events/events.go, {@code eventsLimit}), answered by {@code GET /events} as one JSON object per
 * line. Unlike the real engine, a request without {@code until} ends at the present instead of streaming on.
 */
final class EngineEvents {
  static final int LIMIT = 256;

  private final Deque<ObjectNode> events = new ArrayDeque<>();

  /** Records a container event; {@code attributes} are added to the container's image and name. */
  void container(FakeContainer c, String action, Instant time, Map<String, String> attributes) {
    ObjectNode event = Json.object().put("status", action).put("id", c.id).put("from", c.spec.image())
        .put("Type", "container").put("Action", action);
    ObjectNode actor = event.putObject("Actor").put("ID", c.id);
    ObjectNode attrs = actor.putObject("Attributes").put("image", c.spec.image()).put("name", c.name());
    attributes.forEach(attrs::put);
    event.put("scope", "local").put("time", time.getEpochSecond())
        .put("timeNano", time.getEpochSecond() * 1_000_000_000L + time.getNano());
    if (events.size() == LIMIT) {
      events.removeFirst();
    }
    events.addLast(event);
  }

  /** {@code GET /events}: {@code since}, {@code until} (Unix seconds, fractions allowed) and {@code filters}. */
  Reply answer(Map<String, String> query, Instant now) {
    long since = nanos(query.get("since"), Long.MIN_VALUE);
    long until = nanos(query.get("until"), now.getEpochSecond() * 1_000_000_000L + now.getNano());
    JsonNode filters = filters(query.get("filters"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ObjectNode event : events) {
      long at = event.path("timeNano").asLong();
      if (at >= since && at <= until && matches(event, filters)) {
        out.writeBytes(Json.bytes(event));
      }
    }
    return new Reply(200, "application/json", out.toByteArray());
  }

  private static boolean matches(ObjectNode event, JsonNode filters) {
    return allows(filters, "type", event.path("Type").asText())
        && allows(filters, "event", event.path("Action").asText())
        && (allows(filters, "container", event.path("id").asText())
            || allows(filters, "container", event.path("Actor").path("Attributes").path("name").asText()));
  }

  /** A filter key lists accepted values as an array or as the keys of an object ({"die": true}). */
  private static boolean allows(JsonNode filters, String key, String value) {
    JsonNode accepted = filters.path(key);
    if (accepted.isMissingNode() || accepted.isEmpty()) {
      return true;
    }
    Set<String> values = new TreeSet<>();
    if (accepted.isArray()) {
      accepted.forEach(v -> values.add(v.asText()));
    } else {
      accepted.fieldNames().forEachRemaining(values::add);
    }
    // the engine matches a container by a prefix of its ID or name (moby daemon/events/filter.go, FuzzyMatch)
    return "container".equals(key) ? values.stream().anyMatch(value::startsWith) : values.contains(value);
  }

  private static JsonNode filters(String raw) {
    if (raw == null || raw.isBlank()) {
      return Json.object();
    }
    try {
      return Json.MAPPER.readTree(raw);
    } catch (java.io.IOException e) {
      throw new Reply.Failure(400, "invalid filter '" + raw + "'");
    }
  }

  private static long nanos(String raw, long absent) {
    if (raw == null || raw.isBlank()) {
      return absent;
    }
    try {
      BigDecimal nanos = new BigDecimal(raw).movePointRight(9);
      return nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : nanos.longValue();
    } catch (NumberFormatException e) {
      throw new Reply.Failure(400, "invalid timestamp " + raw);
    }
  }
}
