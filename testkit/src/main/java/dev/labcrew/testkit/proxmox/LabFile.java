package dev.labcrew.testkit.proxmox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lab (scenario) JSON and turns every problem into one line naming the JSON path and what was expected
 * there. Fields this version does not know are ignored and listed as warnings, so files written for a newer
 * Labcrew still load and a typo is still visible.
 */
final class LabFile {
  /** Lab JSON onto the spec; unknown fields are found by {@link UnknownFields} and reported, not refused. */
  private static final ObjectReader SPEC = Json.MAPPER.readerFor(ScenarioSpec.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final String origin;
  private final List<String> warnings = new ArrayList<>();

  private LabFile(String origin) {
    this.origin = origin;
  }

  /** The spec in {@code json}, checked by building a lab from it once; unknown fields go to {@code warnings}. */
  static ScenarioSpec read(String origin, byte[] json, List<String> warnings) {
    LabFile file = new LabFile(origin);
    ScenarioSpec spec = file.parse(json);
    try {
      LabFactory.create(spec, 0);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new LabFileException("lab file " + origin + ": " + firstLine(e.getMessage()));
    }
    warnings.addAll(file.warnings);
    return spec;
  }

  /**
   * A built-in lab, which the build's tests check like any file (no unknown field, builds a lab): mapped straight
   * from the bytes, without the unknown-field walk and the trial build, which cost a cold start about 80 ms.
   */
  static ScenarioSpec readBuiltIn(String name, byte[] json) {
    try {
      return SPEC.readValue(json);
    } catch (IOException e) {
      throw new IllegalStateException("built-in lab " + name + " does not load: " + firstLine(e.getMessage()), e);
    }
  }

  private ScenarioSpec parse(byte[] json) {
    try {
      JsonNode tree = Json.MAPPER.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw new LabFileException("lab file " + origin + ": $: expected an object");
      }
      UnknownFields.of(tree, ScenarioSpec.class)
          .forEach(path -> warnings.add("lab file " + origin + ": " + path + ": unknown field, ignored"));
      return SPEC.readValue(tree);
    } catch (JsonMappingException e) {
      throw new LabFileException("lab file " + origin + ": " + path(e) + ": " + expected(e));
    } catch (JsonProcessingException e) {
      String where = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "$";
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      String what = e instanceof JsonEOFException ? "the file ends before this value is closed"
          : firstLine(e.getOriginalMessage());
      throw new LabFileException("lab file " + origin + ": " + where + ": not valid JSON" + line + ": " + what);
    } catch (IOException e) {
      throw new LabFileException("lab file " + origin + ": cannot read: " + e.getMessage());
    }
  }

  private static String expected(JsonMappingException e) {
    if (e instanceof InvalidFormatException f) {
      return "expected " + typeName(f.getTargetType()) + ", got " + quote(f.getValue());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + typeName(m.getTargetType());
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
    return firstLine(message);
  }

  static String typeName(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return type.isRecord() || java.util.Map.class.isAssignableFrom(type) ? "an object" : type.getSimpleName();
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      out.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
    }
    return out.toString();
  }

  static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  private static String quote(Object value) {
    return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid";
    }
    String line = message.lines().findFirst().orElse(message);
    int source = line.indexOf(" at [Source");
    return source > 0 ? line.substring(0, source) : line;
  }
}
