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
 *       {@code can't lock file '/run/lock/lxc/pve-config-<vmid>.lock' - got timeout}.</li>
 *   <li>{@link #nodeOffline}: {@code /nodes/<node>/...} answers 596 {@code Broken pipe}; cluster views show the
 *       node offline and its guests with status {@code unknown}.</li>
 *   <li>{@link #slow}: every response is delayed.</li>
 *   <li>{@link #malformedBody}: successful responses to matching paths become truncated JSON (still 200).</li>
 *   <li>{@link #revoke}: a token loses a privilege on a path and below.</li>
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

  /** Removes every runtime fault and restores the scenario's own. */
  public void clear() {
    lockTimeouts.clear();
    offline.clear();
    malformed.clear();
    revoked.clear();
    delay = Duration.ofMillis(baseline.slowMillis());
    baseline.lockTimeouts().forEach(this::lockTimeout);
    baseline.offlineNodes().forEach(this::nodeOffline);
    baseline.malformedPaths().forEach(this::malformedBody);
  }

  boolean takeLockTimeout(int vmid) {
    AtomicInteger left = lockTimeouts.get(vmid);
    return left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  boolean offline(String node) {
    return offline.contains(node);
  }

  Duration delay() {
    return delay;
  }

  boolean malformed(String apiPath) {
    return malformed.stream().anyMatch(p -> p.matcher(apiPath).find());
  }

  boolean revoked(String tokenId, String path, String privilege) {
    return revoked.stream().anyMatch(r -> r.get(0).equals(tokenId) && r.get(2).equals(privilege)
        && TokenEntry.covers(r.get(1), path));
  }
}
