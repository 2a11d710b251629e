package dev.labcrew.testkit.proxmox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A request held at the door: the first request matching {@code method} and the path regex (after a number let
 * through) waits, unanswered and not
 * applied, until {@link #release()}; then it is dropped with a 500 and changes nothing. A test holds the first request
 * of a step, waits until a client reached it ({@link #awaitReached}), and kills that client: a crash between two
 * steps, at a point the test chose ({@link Faults#hold}).
 */
public final class Hold {
  private final String method;
  private final Pattern path;
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final java.util.concurrent.atomic.AtomicInteger passing;

  Hold(String method, String pathRegex, int passing) {
    this.method = method;
    this.path = Pattern.compile(pathRegex);
    this.passing = new java.util.concurrent.atomic.AtomicInteger(passing);
  }

  /** True for the matching request to hold; the first {@code passing} matching ones go through. */
  boolean matches(String requestMethod, String apiPath) {
    return reached.getCount() > 0 && method.equals(requestMethod) && path.matcher(apiPath).find()
        && passing.getAndDecrement() <= 0;
  }

  /** Blocks the request's thread until released (or a minute passes), then drops it. */
  void block() {
    reached.countDown();
    try {
      released.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw ApiException.serverError("request dropped: the simulator held it and its client is gone");
  }

  /** True once a request reached the hold; waits up to {@code timeout} for one. */
  public boolean awaitReached(Duration timeout) throws InterruptedException {
    return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets the held request go, unapplied. */
  public void release() {
    released.countDown();
  }
}
