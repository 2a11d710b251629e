package dev.labcrew.testkit.proxmox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET} as PVE does: {@code PVEAPIToken} followed by
 * {@code =} or a space, the token id and secret split on the last {@code =}. Anything else is a 401.
 */
final class TokenAuth {
  private static final Pattern HEADER = Pattern.compile("^PVEAPIToken[= ](.+)$");
  private static final Pattern TOKEN_ID = Pattern.compile("^[^\\s:/!@]+@[A-Za-z][A-Za-z0-9.\\-_]+![A-Za-z][A-Za-z0-9.\\-_]+$");

  private TokenAuth() {}

  static TokenEntry authenticate(String header, Map<String, TokenEntry> tokens) {
    if (header == null) {
      throw ApiException.unauthorized();
    }
    Matcher m = HEADER.matcher(header.trim());
    if (!m.matches()) {
      throw ApiException.unauthorized();
    }
    String value = m.group(1);
    int eq = value.lastIndexOf('=');
    if (eq <= 0) {
      throw ApiException.unauthorized();
    }
    String id = value.substring(0, eq);
    String secret = value.substring(eq + 1);
    TokenEntry token = TOKEN_ID.matcher(id).matches() ? tokens.get(id) : null;
    if (token == null || !MessageDigest.isEqual(token.secret().getBytes(StandardCharsets.UTF_8),
        secret.getBytes(StandardCharsets.UTF_8))) {
      throw ApiException.unauthorized();
    }
    return token;
  }
}
