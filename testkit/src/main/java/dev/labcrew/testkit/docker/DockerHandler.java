package dev.labcrew.testkit.docker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request like the engine: version prefix checked against the engine's range (unversioned paths
 * speak its newest version), faults, then the endpoint under the state's monitor. Delays are scheduled, not slept.
 */
final class DockerHandler implements HttpHandler {
  private static final Pattern VERSIONED = Pattern.compile("^/v(\\d+\\.\\d+)(/.*)$");
  private static final Pattern CONTAINER = Pattern.compile("^/containers/([^/]+)/(json|logs|stats|start|stop|restart)$");

  private final Engine engine;
  private final Supplier<EngineState> states;
  private final DockerFaults faults;
  private final List<RecordedRequest> recorded;
  private final ScheduledExecutorService scheduler;

  /** @param states the engine's state, built by the first request that needs it */
  DockerHandler(Engine engine, Supplier<EngineState> states, DockerFaults faults, List<RecordedRequest> recorded,
      ScheduledExecutorService scheduler) {
    this.engine = engine;
    this.states = states;
    this.faults = faults;
    this.recorded = recorded;
    this.scheduler = scheduler;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    Reply reply = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
    long delay = faults.delay().toMillis();
    if (delay <= 0) {
      send(exchange, reply);
    } else {
      scheduler.schedule(() -> send(exchange, reply), delay, TimeUnit.MILLISECONDS);
    }
  }

  private Reply answer(String method, String path, String rawQuery) {
    Matcher versioned = VERSIONED.matcher(path);
    String version = versioned.matches() ? versioned.group(1) : engine.apiVersion;
    String apiPath = versioned.matches() ? versioned.group(2) : path;
    if (Versions.compare(version, engine.minApiVersion) < 0) {
      return Reply.error(400, "client version " + version + " is too old. Minimum supported API version is "
          + engine.minApiVersion + ", please upgrade your client to a newer version");
    }
    if (Versions.compare(version, engine.apiVersion) > 0) {
      return Reply.error(400, "client version " + version + " is too new. Maximum supported API version is " + engine.apiVersion);
    }
    Reply fault = faults.errorFor(method, apiPath);
    if (fault != null) {
      return fault;
    }
    try {
      Reply reply;
      EngineState state = states.get();
      synchronized (state) {
        reply = route(state, method, apiPath, query(rawQuery), version, Instant.now());
      }
      return faults.malformed(apiPath) ? new Reply(reply.status(), reply.contentType(),
          Arrays.copyOf(reply.body(), reply.body().length / 2)) : reply;
    } catch (Reply.Failure f) {
      return Reply.error(f.status, f.getMessage());
    } catch (RuntimeException e) {
      return Reply.error(500, "internal error: " + e);
    }
  }

  private static Reply route(EngineState state, String method, String path, Map<String, String> query, String version, Instant now) {
    Matcher container = CONTAINER.matcher(path);
    if (container.matches()) {
      return method.equals("POST") ? ContainerEndpoints.post(state, container.group(1), container.group(2), now)
          : ContainerEndpoints.get(state, container.group(1), container.group(2), query, version, now);
    }
    if (method.equals("DELETE") && path.startsWith("/images/")) {
      return EngineEndpoints.deleteImage(state, path.substring("/images/".length()));
    }
    if (method.equals("GET") && path.startsWith("/networks/")) {
      return EngineEndpoints.network(state, path.substring("/networks/".length()));
    }
    return switch (method + " " + path) {
      case "GET /_ping", "HEAD /_ping" -> Reply.text("OK");
      case "GET /version" -> Reply.json(SystemJson.version(state));
      case "GET /info" -> Reply.json(SystemJson.info(state, now));
      case "GET /events" -> state.events.answer(query, now);
      case "GET /system/df" -> Reply.json(DiskJson.df(state, version, now));
      case "GET /containers/json" -> ContainerEndpoints.list(state, query, now);
      case "GET /images/json" -> Reply.json(DiskJson.images(state, version));
      case "GET /volumes" -> Reply.json(DiskJson.volumes(state));
      case "GET /networks" -> EngineEndpoints.networks(state);
      default -> Reply.error(404, "page not found");
    };
  }

  private void send(HttpExchange exchange, Reply reply) {
    String query = exchange.getRequestURI().getRawQuery();
    recorded.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query == null ? "" : query,
        reply.status()));
    try (exchange) {
      var headers = exchange.getResponseHeaders();
      headers.set("Api-Version", engine.apiVersion);
      headers.set("Docker-Experimental", "false");
      headers.set("Ostype", "linux");
      headers.set("Server", engine.serverHeader);
      if (!reply.contentType().isEmpty()) {
        headers.set("Content-Type", reply.contentType());
      }
      boolean empty = reply.body().length == 0;
      exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }
}
