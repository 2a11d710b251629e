package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** JSON building for the simulator: the engine's answers are written here, never taken from a client library. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** What Docker writes for a time that never happened. */
  static final String NEVER = "0001-01-01T00:00:00Z";

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The engine's error body: {@code {"message": "..."}}. */
  static byte[] message(String message) {
    return bytes(object().put("message", message));
  }

  static String time(Instant instant) {
    return instant == null ? NEVER : instant.toString();
  }
}
