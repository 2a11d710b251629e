package dev.labcrew.testkit.proxmox;

import java.util.Map;

/**
 * One request {@link FakeProxmox} answered, for assertions in tests.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the full path as sent, such as {@code /api2/json/cluster/resources}
 * @param query the raw query string, or {@code ""}
 * @param body the request body as text (a form body for writes), or {@code ""}
 * @param headers request headers, names in lower case, first value only
 * @param status the HTTP status answered
 * @param millis the time from receiving the request to sending the answer, injected delays included
 */
public record RecordedRequest(String method, String path, String query, String body, Map<String, String> headers,
    int status, long millis) {

  /** Copies {@code headers}. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
  }

  /** The path without {@code /api2/json}, such as {@code /nodes/pve1/lxc}. */
  public String apiPath() {
    return path.startsWith("/api2/json") ? path.substring("/api2/json".length()) : path;
  }
}
