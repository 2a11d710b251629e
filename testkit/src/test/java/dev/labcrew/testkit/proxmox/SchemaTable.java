package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field/type table derived from PVE's API schema ({@code pve-schema/returns.tsv}), and the check of one
 * response against it: every known field has its schema type, required fields are present, extra fields pass.
 */
final class SchemaTable {
  /** One line of the table. */
  record Field(String name, String type, boolean optional) {}

  private final Map<String, Map<String, Field>> byPath = new LinkedHashMap<>();

  static SchemaTable load() {
    try (InputStream in = SchemaTable.class.getResourceAsStream("/pve-schema/returns.tsv")) {
      SchemaTable table = new SchemaTable();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).forEach(c ->
              table.byPath.computeIfAbsent(c[0] + " " + c[1], k -> new LinkedHashMap<>())
                  .put(c[2], new Field(c[2], c[3], c[4].equals("1"))));
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The endpoints of the table, as {@code METHOD /path/{var}}. */
  Iterable<String> endpoints() {
    return byPath.keySet();
  }

  /**
   * The violations of {@code data} returned by {@code endpoint} (e.g. {@code GET /nodes/{node}/lxc}), as text.
   */
  List<String> check(String endpoint, String url, JsonNode data) {
    Map<String, Field> fields = byPath.get(endpoint);
    List<String> problems = new ArrayList<>();
    Field self = fields.get("-");
    if (!matches(self.type(), data, false)) {
      problems.add(url + ": data is not " + self.type());
      return problems;
    }
    if (data.isArray()) {
      data.forEach(item -> checkObject(fields, endpoint, url, item, problems));
    } else if (data.isObject() && fields.size() > 1) {
      checkObject(fields, endpoint, url, data, problems);
    }
    return problems;
  }

  private static void checkObject(Map<String, Field> fields, String template, String url, JsonNode item,
      List<String> problems) {
    boolean config = template.endsWith("/config");
    item.properties().forEach(e -> {
      Field field = fields.getOrDefault(e.getKey(), fields.get(e.getKey().replaceFirst("\\d+$", "[n]")));
      if (field != null && !matches(field.type(), e.getValue(), config)) {
        problems.add(url + ": " + e.getKey() + " = " + e.getValue() + " is not " + field.type());
      }
    });
    fields.values().stream().filter(f -> !f.optional() && !f.name().equals("-") && !item.has(f.name()))
        .forEach(f -> problems.add(url + ": required " + f.name() + " missing in " + item));
  }

  /** PVE's types on the wire: booleans are 0/1; config values of type number come as strings. */
  private static boolean matches(String type, JsonNode value, boolean config) {
    switch (type) {
      case "integer":
        return value.isIntegralNumber();
      case "number":
        return value.isNumber() || (config && value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"));
      case "string":
        return value.isTextual();
      case "boolean":
        return value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1);
      case "array":
        return value.isArray();
      case "object":
        return value.isObject();
      case "null":
        return value.isNull();
      default:
        return true;
    }
  }
}
