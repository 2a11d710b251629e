package dev.labcrew.testkit.docker;

/** Ages as {@code docker ps} words them: {@code 5 seconds}, {@code 12 minutes}, {@code 3 hours}, {@code 2 days}. */
final class Ages {
  private Ages() {}

  static String human(long seconds) {
    if (seconds < 60) {
      return Math.max(1, seconds) + " seconds";
    }
    if (seconds < 3600) {
      return seconds / 60 + " minutes";
    }
    if (seconds < 2 * 86400) {
      return seconds / 3600 + " hours";
    }
    return seconds / 86400 + " days";
  }
}
