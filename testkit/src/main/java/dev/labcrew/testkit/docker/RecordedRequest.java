package dev.labcrew.testkit.docker;

/**
 * One request {@link FakeDocker} answered, for assertions in tests.
 *
 * @param method the HTTP method
 * @param path the path as sent, version prefix included ({@code /v1.41/containers/json})
 * @param query the raw query string, or {@code ""}
 * @param status the status answered
 */
public record RecordedRequest(String method, String path, String query, int status) {

  /** The path without the version prefix, such as {@code /containers/json}. */
  public String apiPath() {
    return path.replaceFirst("^/v\\d+\\.\\d+", "");
  }

  /** The version prefix's version, such as {@code 1.41}, or empty for an unversioned path. */
  public String version() {
    return path.matches("^/v\\d+\\.\\d+/.*") ? path.substring(2, path.indexOf('/', 1)) : "";
  }
}
