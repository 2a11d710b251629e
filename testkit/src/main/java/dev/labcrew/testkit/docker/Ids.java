package dev.labcrew.testkit.docker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable 64-hex IDs, so the same scenario has the same IDs on every start. */
final class Ids {
  private Ids() {}

  static String of(String kind, String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
