package dev.labcrew.testkit.proxmox;

import java.time.Duration;

/** Turns scenario ages ({@code 86400}, {@code "P21D"}, {@code "PT12M30S"}) into seconds. */
final class Ages {
  private Ages() {}

  /** A window such as {@code "PT0.5S"} or {@code 2} (seconds), keeping fractions of a second. */
  static Duration duration(String text) {
    String trimmed = text.trim();
    try {
      return trimmed.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(trimmed))
          : Duration.parse(trimmed);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a duration in seconds or ISO-8601: " + text, e);
    }
  }

  static long seconds(String age) {
    if (age == null || age.isBlank()) {
      return 0;
    }
    String text = age.trim();
    if (text.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(text);
    }
    try {
      return Duration.parse(text).getSeconds();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an age in seconds or ISO-8601 duration: " + age, e);
    }
  }
}
