package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** An answer of the simulated engine: status, content type and body (empty for 204 and 304). */
record Reply(int status, String contentType, byte[] body) {
  static Reply json(JsonNode node) {
    return new Reply(200, "application/json", Json.bytes(node));
  }

  static Reply empty(int status) {
    return new Reply(status, "", new byte[0]);
  }

  static Reply text(String text) {
    return new Reply(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  static Reply error(int status, String message) {
    return new Reply(status, "application/json", Json.message(message));
  }

  /** Thrown by an endpoint to answer with an error status and the engine's {@code message}. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Failure(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
