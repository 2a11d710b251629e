package dev.labcrew.testkit.proxmox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parameters one endpoint accepts, checked like PVE's JSON schema does (unknown ones are refused). Written as
 * {@code "!timeframe:hour|day start:int errors:bool service mp[n]:string"}: {@code !} marks a required parameter,
 * then a {@link ParamType} (nothing for a free string); {@code [n]} in a name stands for an index such as
 * {@code mp0}. Declared path variables ({@code snapname}) are checked too.
 */
final class ParamSpec {
  private final Map<String, ParamType> types = new LinkedHashMap<>(); // read-only once built: shared by threads
  private final Map<Pattern, ParamType> indexed = new LinkedHashMap<>();
  private final List<String> required;
  private final String source;

  ParamSpec(String spec) {
    this.source = spec;
    List<String> words = spec.isBlank() ? List.of() : Arrays.asList(spec.trim().split("\\s+"));
    required = words.stream().filter(w -> w.startsWith("!")).map(w -> w.substring(1).split(":")[0]).toList();
    for (String word : words) {
      String[] parts = word.replace("!", "").split(":", 2);
      ParamType type = ParamType.parse(parts.length > 1 ? parts[1] : "string");
      if (parts[0].endsWith("[n]")) {
        indexed.put(Pattern.compile(Pattern.quote(parts[0].replace("[n]", "")) + "\\d{1,3}"), type);
      } else {
        types.put(parts[0], type);
      }
    }
  }

  /** The notation this spec was built from. */
  String source() {
    return source;
  }

  /** Whether {@code name} is a parameter of this endpoint, such as {@code mp3}. */
  boolean knows(String name) {
    return type(name) != null;
  }

  /** The checked parameters, booleans as {@code 0}/{@code 1}; a 400 with every error per name otherwise. */
  Map<String, String> check(Map<String, String> given, Set<String> pathVars) {
    Map<String, String> errors = new TreeMap<>();
    Map<String, String> result = new LinkedHashMap<>();
    given.forEach((name, value) -> {
      ParamType type = type(name);
      if (type == null && pathVars.contains(name)) {
        type = ParamType.parse("string");
      }
      if (type == null) {
        errors.put(name, "property is not defined in schema and the schema does not allow additional properties");
      } else {
        String error = type.error(value);
        if (error != null) {
          errors.put(name, error);
        }
        result.put(name, type.normalize(value));
      }
    });
    required.stream().filter(r -> !given.containsKey(r))
        .forEach(r -> errors.put(r, "property is missing and it is not optional"));
    if (!errors.isEmpty()) {
      throw ApiException.params(errors);
    }
    return result;
  }

  private ParamType type(String name) {
    ParamType type = types.get(name);
    if (type == null) {
      type = indexed.entrySet().stream().filter(e -> e.getKey().matcher(name).matches())
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }
    return type;
  }
}
