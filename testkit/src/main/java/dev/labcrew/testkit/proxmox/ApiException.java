package dev.labcrew.testkit.proxmox;

import java.util.Map;

/** An API error as PVE sends it: a status, a one-line message and, for 400, errors per parameter. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> errors;

  ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  ApiException(int status, String message, Map<String, String> errors) {
    super(message, null, false, false);
    this.status = status;
    this.errors = Map.copyOf(errors);
  }

  int status() {
    return status;
  }

  Map<String, String> errors() {
    return errors;
  }

  static ApiException params(Map<String, String> errors) {
    return new ApiException(400, "Parameter verification failed.", errors);
  }

  static ApiException param(String name, String message) {
    return params(Map.of(name, message));
  }

  static ApiException permission(String path, String privilege) {
    return new ApiException(403, "Permission check failed (" + path + ", " + privilege + ")");
  }

  /** A 403 without path and privilege, such as PVE's root@pam-only checks give. */
  static ApiException forbidden(String what) {
    return new ApiException(403, "Permission check failed (" + what + ")");
  }

  static ApiException unauthorized() {
    return new ApiException(401, "Authentication failed!");
  }

  static ApiException notImplemented(String method, String path) {
    return new ApiException(501, "Method '" + method + " " + path + "' not implemented");
  }

  static ApiException brokenPipe() {
    return new ApiException(596, "Broken pipe");
  }

  static ApiException noSuchNode(String node) {
    return new ApiException(500, "hostname lookup '" + node + "' failed - failed to get address info for: "
        + node + ": Name or service not known");
  }

  static ApiException noSuchGuest(String node, String kind, int vmid) {
    return new ApiException(500,
        "Configuration file 'nodes/" + node + "/" + kind + "/" + vmid + ".conf' does not exist");
  }

  static ApiException serverError(String message) {
    return new ApiException(500, message);
  }
}
