package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table of served endpoints. Anything else, or another method on a known path, is a 501 as in PVE. */
final class Routes {
  private final List<Route> routes = new ArrayList<>();

  /** A found route and the variables its template bound. */
  record Match(Route route, Map<String, String> vars) {}

  Routes get(String template, String params, Route.Endpoint endpoint) {
    return add("GET", template, params, endpoint);
  }

  Routes post(String template, String params, Route.Endpoint endpoint) {
    return add("POST", template, params, endpoint);
  }

  Routes put(String template, String params, Route.Endpoint endpoint) {
    return add("PUT", template, params, endpoint);
  }

  Routes delete(String template, String params, Route.Endpoint endpoint) {
    return add("DELETE", template, params, endpoint);
  }

  private Routes add(String method, String template, String params, Route.Endpoint endpoint) {
    routes.add(new Route(method, template, new ParamSpec(params), endpoint));
    return this;
  }

  Match find(String method, String path) {
    for (Route route : routes) {
      Map<String, String> vars = route.match(path);
      if (vars != null && route.method().equals(method)) {
        return new Match(route, vars);
      }
    }
    throw ApiException.notImplemented(method, path);
  }

  static Routes all() {
    Routes routes = new Routes();
    ClusterApi.register(routes);
    LxcApi.register(routes);
    PowerApi.register(routes);
    SnapshotApi.register(routes);
    ConfigApi.register(routes);
    ResizeApi.register(routes);
    TaskApi.register(routes);
    SyslogApi.register(routes);
    StorageApi.register(routes);
    QemuApi.register(routes);
    QemuWriteApi.register(routes);
    BackupApi.register(routes);
    RestoreApi.register(routes);
    DestroyApi.register(routes);
    NodeStatusApi.register(routes);
    HaApi.register(routes);
    ClusterConfigApi.register(routes);
    return routes;
  }
}
