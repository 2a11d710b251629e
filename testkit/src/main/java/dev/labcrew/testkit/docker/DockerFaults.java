package dev.labcrew.testkit.docker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Faults to inject into {@link FakeDocker}, matched against the API path without its version prefix
 * ({@code /containers/web/json}). Cleared by {@link #clear()} (the JUnit extension clears them before each test).
 *
 * <pre>{@code
 * docker.faults().error("POST", "/containers/.+/restart", 500, "cannot restart: device or resource busy");
 * docker.faults().malformedBody("/images/json");
 * }</pre>
 */
public final class DockerFaults {
  private record Failure(String method, Pattern path, int status, String message) {}

  private final List<Failure> failures = new CopyOnWriteArrayList<>();
  private final List<Pattern> malformed = new CopyOnWriteArrayList<>();
  private volatile Duration delay = Duration.ZERO;

  /**
   * Answers matching requests with {@code status} and the engine's {@code {"message": ...}}, without running the
   * endpoint; 204 and 304 answer with no body (a 204 to a start then changes nothing, as a lost write would).
   */
  public DockerFaults error(String method, String pathRegex, int status, String message) {
    failures.add(new Failure(Objects.requireNonNull(method), Pattern.compile(pathRegex), status, message));
    return this;
  }

  /** Cuts the body of matching answers in half, as a broken proxy would. */
  public DockerFaults malformedBody(String pathRegex) {
    malformed.add(Pattern.compile(pathRegex));
    return this;
  }

  /** Delays every answer. */
  public DockerFaults slow(Duration delay) {
    this.delay = Objects.requireNonNull(delay);
    return this;
  }

  public void clear() {
    failures.clear();
    malformed.clear();
    delay = Duration.ZERO;
  }

  Reply errorFor(String method, String path) {
    for (Failure f : failures) {
      if (f.method().equalsIgnoreCase(method) && f.path().matcher(path).matches()) {
        return f.status() == 204 || f.status() == 304 ? Reply.empty(f.status()) : Reply.error(f.status(), f.message());
      }
    }
    return null;
  }

  boolean malformed(String path) {
    return malformed.stream().anyMatch(p -> p.matcher(path).matches());
  }

  Duration delay() {
    return delay;
  }
}
