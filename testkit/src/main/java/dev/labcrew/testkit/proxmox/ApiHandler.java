package dev.labcrew.testkit.proxmox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Answers every request: prefix, token, route, parameters, node reachability, then the endpoint under the lab's
 * monitor. Injected delays (the "slow" fault, the optional 401 delay) are served by scheduling the reply, not by
 * sleeping a server thread.
 */
final class ApiHandler implements HttpHandler {
  private static final String PREFIX = "/api2/json";

  private final Lab lab;
  private final Faults faults;
  private final Routes routes;
  private final List<RecordedRequest> recorded;
  private final ScheduledExecutorService scheduler;
  private final Duration authFailureDelay;
  private final TaskRunner tasks;

  /** A status and the body to send. */
  private record Outcome(int status, byte[] body) {}

  ApiHandler(Lab lab, Faults faults, List<RecordedRequest> recorded, ScheduledExecutorService scheduler,
      Duration authFailureDelay, TaskRunner tasks) {
    this.lab = lab;
    this.faults = faults;
    this.routes = Routes.all();
    this.recorded = recorded;
    this.scheduler = scheduler;
    this.authFailureDelay = authFailureDelay;
    this.tasks = tasks;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Outcome outcome = answer(exchange, body);
    long delay = faults.delay().toMillis() + (outcome.status() == 401 ? authFailureDelay.toMillis() : 0);
    if (delay <= 0) {
      send(exchange, outcome, body, started);
    } else {
      scheduler.schedule(() -> send(exchange, outcome, body, started), delay, TimeUnit.MILLISECONDS);
    }
  }

  private Outcome answer(HttpExchange exchange, String body) {
    String path = exchange.getRequestURI().getPath();
    try {
      if (!path.startsWith(PREFIX + "/")) {
        throw ApiException.serverError("no such file '" + path + "'");
      }
      String apiPath = path.substring(PREFIX.length());
      TokenEntry token = TokenAuth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"), lab.tokens);
      faults.holdIfAsked(exchange.getRequestMethod(), apiPath);
      failIfAsked(exchange.getRequestMethod(), apiPath);
      Routes.Match match = routes.find(exchange.getRequestMethod(), apiPath);
      Map<String, String> given = FormParams.merge(exchange.getRequestURI().getRawQuery(), body,
          exchange.getRequestHeaders().getFirst("Content-Type"));
      given.putAll(match.vars());
      Map<String, String> params = match.route().params().check(given, match.vars().keySet());
      byte[] data;
      synchronized (lab) {
        String node = match.vars().get("node");
        if (node != null) {
          lab.node(node);
          if (faults.offline(node)) {
            throw ApiException.brokenPipe();
          }
        }
        if (!exchange.getRequestMethod().equals("GET") && lab.host.refusesWrites()) {
          throw ApiException.serverError("cluster not ready - no quorum?");
        }
        Call call = new Call(lab, faults, tasks, token, match.vars(), params, Instant.now().getEpochSecond());
        data = Json.success(match.route().endpoint().handle(call));
      }
      return new Outcome(200, faults.malformed(apiPath) ? Arrays.copyOf(data, data.length / 2) : data);
    } catch (ApiException e) {
      return new Outcome(e.status(), Json.error(e));
    } catch (RuntimeException e) {
      return new Outcome(500, Json.error(ApiException.serverError("internal error: " + e)));
    }
  }

  private void failIfAsked(String method, String apiPath) {
    int status = faults.failure(method, apiPath);
    if (status == 403) {
      throw new ApiException(403, "Permission check failed");
    }
    if (status == 501) {
      throw ApiException.notImplemented(method, apiPath);
    }
    if (status != 0) {
      throw new ApiException(status, "injected failure");
    }
  }

  /** Records first, so a test that got its answer always finds the request recorded. */
  private void send(HttpExchange exchange, Outcome outcome, String body, long started) {
    record(exchange, body, outcome.status(), started);
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
      exchange.getResponseHeaders().set("Server", "pve-api-daemon/3.0");
      exchange.getResponseHeaders().set("Cache-Control", "max-age=0");
      exchange.getResponseHeaders().set("Pragma", "no-cache");
      exchange.sendResponseHeaders(outcome.status(), outcome.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(outcome.body());
      }
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
  }

  private void record(HttpExchange exchange, String body, int status, long started) {
    Map<String, String> headers = new java.util.TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(java.util.Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
    String query = exchange.getRequestURI().getRawQuery();
    recorded.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        query == null ? "" : query, body, headers, status, (System.nanoTime() - started) / 1_000_000));
  }
}
