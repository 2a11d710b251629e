package dev.labcrew.testkit.proxmox;

import java.time.Duration;

/** Turns scenario ages ({@code 86400}, {@code "P21D"}, {@code "PT12M30S"}) into seconds. */
final class Ages {
  private Ages() {}

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
