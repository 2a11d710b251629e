package dev.labcrew.testkit.proxmox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Failures injected into a running {@link FakeProxmox}, on demand. Each method returns {@code this} to chain:
 *
 * <pre>{@code
 * pve.faults().lockTimeout(102, 2).nodeOffline("pve2");
 * }</pre>
 *
 * <ul>
 *   <li>{@link #lockTimeout}: the next {@code times} requests on that guest get 500
 *       {@code can't lock file '/run/lock/lxc/pve-config-<vmid>.lock' - got timeout}; a write that runs as a task
 *       (start, snapshot, resize...) gets its UPID and the task fails with that text, as PVE 8.2+ locks in the
 *       worker.</li>
 *   <li>{@link #lockContention}: a write arriving within the window after the previous accepted write to that guest
 *       meets the same lock timeout, once per write; a retry after the window succeeds (seed 004, finding F4).</li>
 *   <li>{@link #failNextTask}: the next task of a guest fails with the given exit status and log.</li>
 *   <li>{@link #nodeOffline}: {@code /nodes/<node>/...} answers 596 {@code Broken pipe}; cluster views show the
 *       node offline and its guests with status {@code unknown}.</li>
 *   <li>{@link #slow}: every response is delayed.</li>
 *   <li>{@link #malformedBody}: successful responses to matching paths become truncated JSON (still 200).</li>
 *   <li>{@link #revoke}: a token loses a privilege on a path and below.</li>
 *   <li>{@link #failWrite}: the next {@code times} writes (POST, PUT, DELETE) of matching paths answer 500
 *       {@code injected failure} and change nothing: a fault at one step of a provisioning job.</li>
 *   <li>{@link #hold}: the first matching request waits unanswered until released, then is dropped unapplied.</li>
 *   <li>{@link #failPath}: GETs of matching paths answer a status (403, 404, 501...) as an older PVE or a
 *       narrower token would.</li>
 * </ul>
 *
 * <p>{@link #clear()} removes what was added at runtime and restores the faults the scenario declares. Safe to call
 * from any thread.
 */
public final class Faults {
  private final Map<Integer, AtomicInteger> lockTimeouts = new ConcurrentHashMap<>();
  private final Set<String> offline = ConcurrentHashMap.newKeySet();
  private final List<Pattern> malformed = new CopyOnWriteArrayList<>();
  private final Set<List<String>> revoked = ConcurrentHashMap.newKeySet();
  private final Map<Pattern, Integer> failing = new ConcurrentHashMap<>();
  private final Map<Integer, Duration> contention = new ConcurrentHashMap<>();
  private final Map<Integer, Long> lastWrite = new ConcurrentHashMap<>();
  private final Map<Integer, TaskFault> nextTaskFaults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failingWrites = new ConcurrentHashMap<>();
  private final List<Hold> holds = new CopyOnWriteArrayList<>();
  private final ScenarioSpec.FaultSpec baseline;
  private volatile Duration delay = Duration.ZERO;

  Faults(ScenarioSpec.FaultSpec baseline) {
    this.baseline = baseline;
    clear();
  }

  /** The next {@code times} requests touching guest {@code vmid} fail with a config lock timeout. */
  public Faults lockTimeout(int vmid, int times) {
    lockTimeouts.put(vmid, new AtomicInteger(times));
    return this;
  }

  /**
   * Config lock contention on guest {@code vmid}: a write arriving less than {@code window} after the previous
   * accepted write to that guest fails with the config lock timeout; {@link Duration#ZERO} turns it off.
   */
  public Faults lockContention(int vmid, Duration window) {
    Objects.requireNonNull(window, "window == null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("negative window: " + window);
    }
    if (window.isZero()) {
      contention.remove(vmid);
    } else {
      contention.put(vmid, window);
    }
    return this;
  }

  /**
   * The next task started on guest {@code vmid} fails: its log holds {@code logLines}, then
   * {@code TASK ERROR: <exitstatus>}; the guest's state does not change.
   */
  public Faults failNextTask(int vmid, String exitstatus, List<String> logLines) {
    nextTaskFaults.put(vmid, new TaskFault(Objects.requireNonNull(exitstatus, "exitstatus == null"),
        List.copyOf(logLines)));
    return this;
  }

  /** Makes {@code node} unreachable: 596 on its paths, offline in cluster views. */
  public Faults nodeOffline(String node) {
    offline.add(Objects.requireNonNull(node, "node == null"));
    return this;
  }

  /** Brings {@code node} back. */
  public Faults nodeOnline(String node) {
    offline.remove(node);
    return this;
  }

  /** Delays every response by {@code delay}; {@link Duration#ZERO} turns it off. */
  public Faults slow(Duration delay) {
    this.delay = Objects.requireNonNull(delay, "delay == null");
    return this;
  }

  /** Answers 200 with a truncated, invalid JSON body on API paths (after {@code /api2/json}) matching the regex. */
  public Faults malformedBody(String pathRegex) {
    malformed.add(Pattern.compile(pathRegex));
    return this;
  }

  /** Takes {@code privilege} away from {@code tokenId} on {@code path} and every path below it. */
  public Faults revoke(String tokenId, String path, String privilege) {
    revoked.add(List.of(tokenId, path, privilege));
    return this;
  }

  /**
   * GET requests to API paths (after {@code /api2/json}) matching {@code pathRegex} answer {@code status}: 403 with
   * PVE's permission message, 501 as for an endpoint this PVE version lacks, any other status with a plain message.
   */
  public Faults failPath(String pathRegex, int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    failing.put(Pattern.compile(pathRegex), status);
    return this;
  }

  /**
   * The next {@code times} requests of {@code method} (POST, PUT or DELETE) to API paths matching {@code pathRegex}
   * answer 500 {@code injected failure} before anything is applied.
   */
  public Faults failWrite(String method, String pathRegex, int times) {
    failingWrites.put(method + " " + pathRegex, new AtomicInteger(times));
    return this;
  }

  /** Holds the first request of {@code method} to a path matching {@code pathRegex}; see {@link Hold}. */
  public Hold hold(String method, String pathRegex) {
    return hold(method, pathRegex, 0);
  }

  /** As {@link #hold(String, String)}, letting the first {@code passing} matching requests through. */
  public Hold hold(String method, String pathRegex, int passing) {
    Hold hold = new Hold(method, pathRegex, passing);
    holds.add(hold);
    return hold;
  }

  /** Removes every runtime fault and restores the scenario's own. */
  public void clear() {
    lockTimeouts.clear();
    offline.clear();
    malformed.clear();
    revoked.clear();
    failing.clear();
    contention.clear();
    lastWrite.clear();
    nextTaskFaults.clear();
    failingWrites.clear();
    holds.forEach(Hold::release);
    holds.clear();
    delay = Duration.ofMillis(baseline.slowMillis());
    baseline.lockTimeouts().forEach(this::lockTimeout);
    baseline.offlineNodes().forEach(this::nodeOffline);
    baseline.malformedPaths().forEach(this::malformedBody);
    baseline.lockContention().forEach((vmid, window) -> lockContention(vmid, Ages.duration(window)));
  }

  /**
   * Takes guest {@code vmid}'s config lock for one write at {@code nanos} ({@link System#nanoTime()}): false when a
   * lock timeout or contention refuses it; only accepted writes open a new contention window.
   */
  synchronized boolean lockForWrite(int vmid, long nanos) {
    if (takeLockTimeout(vmid)) {
      return false;
    }
    Duration window = contention.get(vmid);
    Long last = lastWrite.get(vmid);
    if (window != null && last != null && nanos - last < window.toNanos()) {
      return false;
    }
    lastWrite.put(vmid, nanos);
    return true;
  }

  /** The failure {@link #failNextTask} set for guest {@code vmid}, once. */
  TaskFault takeTaskFault(int vmid) {
    return nextTaskFaults.remove(vmid);
  }

  boolean takeLockTimeout(int vmid) {
    AtomicInteger left = lockTimeouts.get(vmid);
    return left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  /** An injected task failure: the exit status and the log lines before it. */
  record TaskFault(String exitstatus, List<String> log) {}

  boolean offline(String node) {
    return offline.contains(node);
  }

  Duration delay() {
    return delay;
  }

  boolean malformed(String apiPath) {
    return malformed.stream().anyMatch(p -> p.matcher(apiPath).find());
  }

  /** Blocks a request a {@link #hold} matches, then drops it; returns at once for any other. */
  void holdIfAsked(String method, String apiPath) {
    for (Hold hold : holds) {
      if (hold.matches(method, apiPath)) {
        holds.remove(hold);
        hold.block();
      }
    }
  }

  /** The status {@link #failPath} set for a GET of {@code apiPath}, or {@link #failWrite}'s 500 for a write, or 0. */
  int failure(String method, String apiPath) {
    if (!method.equals("GET")) {
      for (Map.Entry<String, AtomicInteger> e : failingWrites.entrySet()) {
        String[] key = e.getKey().split(" ", 2);
        if (key[0].equals(method) && Pattern.compile(key[1]).matcher(apiPath).find()
            && e.getValue().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          return 500;
        }
      }
      return 0;
    }
    return failing.entrySet().stream().filter(e -> e.getKey().matcher(apiPath).find()).mapToInt(Map.Entry::getValue)
        .findFirst().orElse(0);
  }

  boolean revoked(String tokenId, String path, String privilege) {
    return revoked.stream().anyMatch(r -> r.get(0).equals(tokenId) && r.get(2).equals(privilege)
        && TokenEntry.covers(r.get(1), path));
  }
}
