package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PVE property strings such as {@code local-lvm:vm-101-disk-0,mp=/srv,size=8G}: parsed keeping their order,
 * printed as {@code print_property_string} does (default key bare, then required keys, then the rest sorted).
 */
final class PropertyString {
  private PropertyString() {}

  /** The parts of {@code text}; a part without {@code =} belongs to {@code defaultKey}. */
  static Map<String, String> parse(String text, String defaultKey) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        values.put(defaultKey, part);
      } else {
        values.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return values;
  }

  static String print(Map<String, String> values, String defaultKey, List<String> required) {
    StringBuilder text = new StringBuilder();
    if (defaultKey != null && values.containsKey(defaultKey)) {
      text.append(values.get(defaultKey));
    }
    Map<String, String> rest = new TreeMap<>(values);
    if (defaultKey != null) {
      rest.remove(defaultKey);
    }
    required.stream().filter(rest::containsKey).forEach(k -> append(text, k, rest.remove(k)));
    rest.forEach((k, v) -> append(text, k, v));
    return text.toString();
  }

  /** PVE's {@code format_size}: bytes in the largest unit that divides them, such as {@code 22G} or {@code 20992M}. */
  static String formatSize(long bytes) {
    String[] units = {"", "K", "M", "G", "T"};
    long value = bytes;
    int unit = 0;
    while (unit < units.length - 1 && value % 1024 == 0 && value > 0) {
      value /= 1024;
      unit++;
    }
    return value + units[unit];
  }

  private static void append(StringBuilder text, String key, String value) {
    if (text.length() > 0) {
      text.append(',');
    }
    text.append(key).append('=').append(value);
  }
}
