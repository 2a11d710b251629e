package dev.labcrew.testkit.docker;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A stateful Docker Engine API simulator: plain HTTP on {@code 127.0.0.1} (and optionally a unix socket), playing
 * Docker 29, Debian 12's engine or Podman ({@link Engine}), built from a {@link DockerScenario}, with
 * {@link DockerFaults} on demand. It writes the API's JSON itself; no Docker client library is involved.
 *
 * <pre>{@code
 * try (FakeDocker docker = FakeDocker.builder().scenario("homelab-incidents").engine(Engine.DOCKER_29).build().start()) {
 *   String host = docker.host();                 // tcp://127.0.0.1:PORT, for DOCKER_HOST
 *   docker.faults().error("POST", "/containers/web/restart", 500, "device or resource busy");
 * }
 * }</pre>
 *
 * <p>Paths must carry a version prefix the engine accepts ({@code /v1.44/...} for Docker 29); a version outside its
 * range gets the engine's own 400 ({@code client version 1.41 is too old. Minimum supported API version is 1.44, ...}).
 * Start, stop and restart change the containers (a second start is a 304); deleting images untags and removes them,
 * refusing with 409 those a container uses. A crash-looping container's restart count climbs as time passes.
 */
public final class FakeDocker implements AutoCloseable {
  private final DockerScenario scenario;
  private final Engine engine;
  private final int requestedPort;
  private final Path unixSocket;
  private final DockerFaults faults = new DockerFaults();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final Object stateLock = new Object();
  private EngineState state;
  private HttpServer server;
  private ExecutorService executor;
  private ScheduledExecutorService scheduler;
  private UnixSocketBridge bridge;

  private FakeDocker(Builder b) {
    this.scenario = b.scenario;
    this.engine = b.engine;
    this.requestedPort = b.port;
    this.unixSocket = b.unixSocket;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The scenario names {@link Builder#scenario(String)} accepts. */
  public static List<String> scenarioNames() {
    return DockerScenario.names();
  }

  /**
   * Builds the scenario's state against now and starts serving.
   *
   * @throws IllegalStateException when already started
   * @throws UncheckedIOException when the port or socket cannot be bound
   */
  public synchronized FakeDocker start() {
    state();
    serve();
    return this;
  }

  /**
   * Binds and starts serving at once, but reads the scenario and builds the engine's state on the first request:
   * a program that may never ask this engine anything (the command line's demo beside a Proxmox call) pays only
   * for the socket. Ages then count back from that first request.
   *
   * @throws IllegalStateException when already started
   * @throws UncheckedIOException when the port or socket cannot be bound
   */
  public synchronized FakeDocker startOnDemand() {
    serve();
    return this;
  }

  private void serve() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    executor = Executors.newCachedThreadPool(daemon("fake-docker"));
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("fake-docker-delay"));
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), requestedPort), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
    }
    server.setExecutor(executor);
    server.createContext("/", new DockerHandler(engine, this::state, faults, requests, scheduler));
    server.start();
    if (unixSocket != null) {
      bridge = UnixSocketBridge.open(unixSocket, port(), executor);
    }
  }

  /** The engine's state, built from the scenario on first use. */
  private EngineState state() {
    synchronized (stateLock) {
      if (state == null) {
        state = new EngineState(scenario.spec(), engine, Instant.now());
      }
      return state;
    }
  }

  /** {@code tcp://127.0.0.1:PORT}, the form {@code DOCKER_HOST} takes. */
  public String host() {
    return "tcp://127.0.0.1:" + port();
  }

  /** {@code unix:///path}, when built with {@link Builder#unixSocket(Path)}. */
  public String unixHost() {
    running();
    if (unixSocket == null) {
      throw new IllegalStateException("built without a unix socket; see Builder.unixSocket");
    }
    return "unix://" + unixSocket.toAbsolutePath();
  }

  public int port() {
    return running().getAddress().getPort();
  }

  public Engine engine() {
    return engine;
  }

  public DockerFaults faults() {
    return faults;
  }

  /** A copy of the requests answered so far, oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public void clearRequests() {
    requests.clear();
  }

  public String scenarioName() {
    return scenario.name();
  }

  /** Stops serving at once; safe to call twice. */
  @Override
  public synchronized void close() {
    if (server != null) {
      if (bridge != null) {
        bridge.close();
      }
      server.stop(0);
      executor.shutdownNow();
      scheduler.shutdownNow();
    }
  }

  private synchronized HttpServer running() {
    if (server == null) {
      throw new IllegalStateException("FakeDocker is not started; call start()");
    }
    return server;
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    return runnable -> {
      Thread thread = new Thread(runnable, prefix);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link FakeDocker}; defaults: scenario {@code homelab-incidents}, Docker 29, an ephemeral port. */
  public static final class Builder {
    private DockerScenario scenario;
    private Engine engine = Engine.DOCKER_29;
    private int port;
    private Path unixSocket;

    private Builder() {}

    /** A built-in scenario by name; see {@link DockerScenario#named(String)}. */
    public Builder scenario(String name) {
      this.scenario = DockerScenario.named(name);
      return this;
    }

    public Builder scenario(DockerScenario scenario) {
      this.scenario = Objects.requireNonNull(scenario, "scenario == null");
      return this;
    }

    /** The engine to play: its version, API range and cgroup version. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine, "engine == null");
      return this;
    }

    /** The port to listen on, 0 (the default) for an ephemeral one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Also serve on this unix socket (created, and removed on close); its path must be under about 100 characters. */
    public Builder unixSocket(Path socket) {
      this.unixSocket = Objects.requireNonNull(socket, "socket == null");
      return this;
    }

    public FakeDocker build() {
      if (scenario == null) {
        scenario = DockerScenario.named("homelab-incidents");
      }
      return new FakeDocker(this);
    }
  }
}
