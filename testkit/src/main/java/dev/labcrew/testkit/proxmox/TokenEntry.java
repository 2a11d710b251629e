package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An API token with its secret and its ACL ({@code path -> privileges}). A privilege granted on a path also holds
 * on every path below it: {@code /} covers everything, {@code /vms} covers {@code /vms/102}.
 */
record TokenEntry(String id, String secret, Map<String, Set<String>> acl) {

  TokenEntry {
    acl = Map.copyOf(acl);
  }

  String user() {
    return id.substring(0, id.indexOf('!'));
  }

  /** The privileges that hold on {@code path}, inherited from it and from every parent path. */
  Set<String> privileges(String path) {
    Set<String> result = new TreeSet<>();
    acl.forEach((granted, privs) -> {
      if (covers(granted, path)) {
        result.addAll(privs);
      }
    });
    return result;
  }

  Map<String, Set<String>> aclPaths() {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    acl.keySet().stream().sorted().forEach(path -> result.put(path, privileges(path)));
    return result;
  }

  static boolean covers(String granted, String path) {
    return granted.equals("/") || path.equals(granted) || path.startsWith(granted + "/");
  }
}
