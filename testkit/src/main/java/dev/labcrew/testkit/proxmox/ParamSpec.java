package dev.labcrew.testkit.proxmox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters one endpoint accepts, checked like PVE's JSON schema does (unknown ones are refused). Written as
 * {@code "!timeframe:hour|day start:int errors:bool service"}: {@code !} marks a required parameter, then a type
 * ({@code int}, {@code bool}), an enumeration, or nothing for a free string.
 */
final class ParamSpec {
  private final Map<String, String> types = new LinkedHashMap<>(); // read-only once built: shared by threads
  private final List<String> required;

  ParamSpec(String spec) {
    List<String> words = spec.isBlank() ? List.of() : Arrays.asList(spec.trim().split("\\s+"));
    required = words.stream().filter(w -> w.startsWith("!")).map(w -> w.substring(1).split(":")[0]).toList();
    for (String word : words) {
      String[] parts = word.replace("!", "").split(":", 2);
      types.put(parts[0], parts.length > 1 ? parts[1] : "string");
    }
  }

  /** The checked parameters, booleans as {@code 0}/{@code 1}; a 400 with every error per name otherwise. */
  Map<String, String> check(Map<String, String> given, Set<String> pathVars) {
    Map<String, String> errors = new TreeMap<>();
    Map<String, String> result = new LinkedHashMap<>();
    given.forEach((name, value) -> {
      String type = types.getOrDefault(name, pathVars.contains(name) ? "string" : null);
      if (type == null) {
        errors.put(name, "property is not defined in schema and the schema does not allow additional properties");
      } else {
        String error = error(type, value);
        if (error != null) {
          errors.put(name, error);
        }
        result.put(name, type.equals("bool") ? bool(value) : value);
      }
    });
    required.stream().filter(r -> !given.containsKey(r))
        .forEach(r -> errors.put(r, "property is missing and it is not optional"));
    if (!errors.isEmpty()) {
      throw ApiException.params(errors);
    }
    return result;
  }

  private static String error(String type, String value) {
    switch (type) {
      case "string":
        return null;
      case "int":
        return value.matches("-?\\d{1,18}") ? null : "type check ('integer') failed - got '" + value + "'";
      case "bool":
        return bool(value) != null ? null : "type check ('boolean') failed - got '" + value + "'";
      default:
        List<String> values = Arrays.asList(type.split("\\|"));
        return values.contains(value) ? null
            : "value '" + value + "' does not have a value in the enumeration '" + String.join(", ", values) + "'";
    }
  }

  private static String bool(String value) {
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "1": case "true": case "yes": case "on":
        return "1";
      case "0": case "false": case "no": case "off":
        return "0";
      default:
        return null;
    }
  }
}
