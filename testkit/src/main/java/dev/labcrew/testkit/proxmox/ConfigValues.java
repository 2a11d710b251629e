package dev.labcrew.testkit.proxmox;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guest config values typed the way PVE returns them: integer and boolean keys as numbers, everything else
 * (including {@code number} keys such as {@code cpulimit}) as strings; and the config file text with its SHA1.
 */
final class ConfigValues {
  private static final Set<String> INTEGER_KEYS = Set.of("memory", "swap", "cores", "cpuunits", "onboot",
      "unprivileged", "protection", "tty", "console", "template", "debug", "sockets", "balloon", "numa",
      "agent", "acpi", "kvm", "tablet", "vcpus");

  private ConfigValues() {}

  static Map<String, Object> normalize(Map<String, ?> raw) {
    Map<String, Object> typed = new LinkedHashMap<>();
    raw.forEach((key, value) -> typed.put(key, typed(key, value)));
    return typed;
  }

  static Object typed(String key, Object value) {
    if (value instanceof Boolean bool) {
      value = bool ? 1 : 0;
    }
    String text = value.toString();
    if (INTEGER_KEYS.contains(key) && text.matches("-?\\d+")) {
      return Long.parseLong(text);
    }
    return text;
  }

  /** The config as {@code /etc/pve/lxc/<vmid>.conf} holds it: description as comments, then keys, then raw keys. */
  static String fileText(Map<String, Object> config, List<List<String>> rawLxc) {
    StringBuilder text = new StringBuilder();
    Object description = config.get("description");
    if (description != null) {
      description.toString().lines().forEach(line -> text.append('#').append(line).append('\n'));
    }
    config.entrySet().stream().filter(e -> !e.getKey().equals("description"))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    rawLxc.forEach(pair -> text.append(pair.get(0)).append(": ").append(pair.get(1)).append('\n'));
    return text.toString();
  }

  /**
   * SHA1 of the whole config file, snapshot sections included, so any write changes it as in PVE.
   * Snapshot times are left out: the simulator derives them from "now" at every start, and a digest
   * that changed with each start would not be stable across processes the way a real one is.
   */
  static String digest(Guest g) {
    StringBuilder text = new StringBuilder(fileText(withParent(g.config(), g.parent()), g.rawLxc()));
    for (Snapshot s : g.snapshots()) {
      Map<String, Object> section = withParent(s.config(), s.parent());
      section.put("description", s.description());
      text.append("\n[").append(s.name()).append("]\n").append(fileText(section, g.rawLxc()));
    }
    return sha1(text.toString());
  }

  private static Map<String, Object> withParent(Map<String, Object> config, String parent) {
    Map<String, Object> copy = new LinkedHashMap<>(config);
    if (parent != null) {
      copy.put("parent", parent);
    }
    return copy;
  }

  private static String sha1(String text) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return String.format("%040x", new BigInteger(1, sha1));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JDK", e);
    }
  }

  /** Bytes of a size such as {@code 20G} in a {@code size=} volume option; 0 when there is none. */
  static long sizeBytes(String volume) {
    if (volume == null) {
      return 0;
    }
    for (String part : volume.split(",")) {
      if (part.startsWith("size=")) {
        String size = part.substring(5);
        char unit = Character.toUpperCase(size.charAt(size.length() - 1));
        int shift = "KMGT".indexOf(unit);
        double number = Double.parseDouble(shift < 0 ? size : size.substring(0, size.length() - 1));
        return (long) (number * (1L << (10 * (shift < 0 ? 0 : shift + 1))));
      }
    }
    return 0;
  }
}
