package dev.labcrew.testkit.proxmox;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The PVE string formats the write endpoints use, with the messages of pve-common's {@code JSONSchema.pm}: a format
 * failure reads {@code invalid format - <reason>} and keeps the reason's trailing newline, as PVE sends it.
 */
final class ParamFormats {
  static final String CONFIGID = "[a-zA-Z][a-zA-Z0-9_-]+";
  private static final String DNS_LABEL = "([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)";
  private static final Set<String> FEATURES = Set.of("nesting", "keyctl", "fuse", "mknod", "mount", "force_rw_sys");

  private ParamFormats() {}

  static String error(String format, String value) {
    return switch (format) {
      case "configid" -> configid(value);
      case "configid-list" -> splitList(value).stream().map(ParamFormats::configid)
          .filter(e -> e != null).findFirst().orElse(null);
      case "dns-name" -> value.matches("(" + DNS_LABEL + "\\.)*" + DNS_LABEL) ? null
          : "invalid format - value does not look like a valid DNS name\n";
      case "tag-list" -> splitList(value).stream().allMatch(t -> t.matches("(?i)[a-z0-9_][a-z0-9_\\-+.]*")) ? null
          : "invalid format - invalid characters in tag\n";
      case "startup" -> value.matches("((order=)?\\d+)?(,?up=\\d+)?(,?down=\\d+)?") && !value.isEmpty() ? null
          : "invalid format - unable to parse startup options\n";
      case "features" -> features(value);
      case "disk-size" -> value.matches("\\+?\\d+(\\.\\d+)?[KMGT]?") ? null : "value does not match the regex pattern";
      default -> throw new IllegalStateException("unknown format " + format);
    };
  }

  /** PVE's {@code split_list}: items separated by commas, semicolons or white space. */
  static List<String> splitList(String value) {
    String trimmed = value.replaceAll("[,;]", " ").trim();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
  }

  private static String configid(String value) {
    return value.matches(CONFIGID) ? null : "invalid format - invalid configuration ID '" + value + "'\n";
  }

  private static String features(String value) {
    for (String part : value.split(",")) {
      String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      if (!part.contains("=")) {
        return "invalid format - value without key, but schema does not define a default key\n";
      }
      if (!FEATURES.contains(key)) {
        return "invalid format - invalid key in comma-separated list property: " + key + "\n";
      }
    }
    return null;
  }
}
