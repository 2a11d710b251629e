package dev.labcrew.testkit.proxmox;

/**
 * An API token of the running scenario. {@link #toString()} hides the secret.
 *
 * @param tokenId the full token id, such as {@code root@pam!labcrew}
 * @param secret the token secret (a UUID)
 */
public record ApiToken(String tokenId, String secret) {

  /** The value of the {@code Authorization} header: {@code PVEAPIToken=USER@REALM!TOKENID=SECRET}. */
  public String authorizationHeader() {
    return "PVEAPIToken=" + tokenId + "=" + secret;
  }

  @Override
  public String toString() {
    return "ApiToken[" + tokenId + "]";
  }
}
