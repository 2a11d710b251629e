package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists the fields of a JSON tree that the record it is read into does not have, by JSON path. */
final class UnknownFields {
  private final List<String> paths = new ArrayList<>();

  private UnknownFields() {}

  static List<String> of(JsonNode tree, Class<?> record) {
    UnknownFields walk = new UnknownFields();
    walk.visit(tree, record, "$");
    return walk.paths;
  }

  private void visit(JsonNode node, Type type, String path) {
    if (node == null || node.isNull()) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw.isRecord() && node.isObject()) {
      node.fields().forEachRemaining(field -> component(raw, field.getKey()).ifPresentOrElse(
          c -> visit(field.getValue(), c.getGenericType(), path + "." + field.getKey()),
          () -> paths.add(path + "." + field.getKey())));
    } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType p) {
      node.fields().forEachRemaining(f -> visit(f.getValue(), p.getActualTypeArguments()[1], path + "." + f.getKey()));
    }
  }

  private static Optional<RecordComponent> component(Class<?> record, String name) {
    return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
  }
}
