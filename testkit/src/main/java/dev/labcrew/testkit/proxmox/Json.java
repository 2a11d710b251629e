package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the PVE envelope: {@code {"data":...}} on success, {@code data:null} plus {@code message} on error. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static byte[] success(Reply reply) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("data", MAPPER.valueToTree(reply.data()));
    if (reply.total() != null) {
      root.put("total", reply.total());
    }
    return bytes(root);
  }

  static byte[] error(ApiException error) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putNull("data");
    root.put("message", error.getMessage() + "\n");
    Map<String, String> errors = error.errors();
    if (!errors.isEmpty()) {
      root.set("errors", MAPPER.valueToTree(errors));
    }
    return bytes(root);
  }

  private static byte[] bytes(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
