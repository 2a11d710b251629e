package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request parameters as PVE merges them: the body ({@code application/x-www-form-urlencoded} or JSON), then the
 * query string, which wins.
 */
final class FormParams {
  private FormParams() {}

  static Map<String, String> merge(String query, String body, String contentType) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body != null && !body.isBlank()) {
      if (contentType != null && contentType.startsWith("application/json")) {
        params.putAll(json(body));
      } else {
        params.putAll(parse(body));
      }
    }
    params.putAll(parse(query));
    return params;
  }

  static Map<String, String> parse(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.put(decode(name), decode(value));
      }
    }
    return params;
  }

  private static Map<String, String> json(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    try {
      JsonNode root = Json.MAPPER.readTree(body);
      root.properties().forEach(e -> params.put(e.getKey(), e.getValue().isValueNode()
          ? e.getValue().asText() : e.getValue().toString()));
    } catch (java.io.IOException e) {
      throw ApiException.serverError("malformed JSON request body: " + e.getMessage());
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
