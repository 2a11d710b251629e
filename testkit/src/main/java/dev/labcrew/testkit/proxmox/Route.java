package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.Map;

/** One API method and path template such as {@code /nodes/{node}/lxc/{vmid}/config}, with its parameters. */
record Route(String method, String template, ParamSpec params, Endpoint endpoint) {

  /** Answers one checked call. */
  @FunctionalInterface
  interface Endpoint {
    Reply handle(Call call);
  }

  /** The path variables when {@code path} fits the template, else {@code null}. */
  Map<String, String> match(String path) {
    String[] want = template.split("/");
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return null;
    }
    Map<String, String> vars = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{")) {
        if (got[i].isEmpty()) {
          return null;
        }
        vars.put(want[i].substring(1, want[i].length() - 1), got[i]);
      } else if (!want[i].equals(got[i])) {
        return null;
      }
    }
    return vars;
  }
}
