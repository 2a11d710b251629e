package dev.labcrew.testkit.proxmox;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A stateful Proxmox VE API simulator: a real HTTPS server on {@code 127.0.0.1} with a self-signed certificate,
 * real token checks, privileges, tasks and journal, built from a {@link Scenario}, with {@link Faults} on demand.
 *
 * <pre>{@code
 * try (FakeProxmox pve = FakeProxmox.builder().scenario("homelab-incidents").build().start()) {
 *   String url = pve.baseUrl();            // https://127.0.0.1:PORT, append /api2/json/...
 *   String auth = "PVEAPIToken=" + pve.tokenId() + "=" + pve.tokenSecret();
 *   pve.faults().nodeOffline("pve2");
 * }
 * }</pre>
 *
 * <p>Errors follow PVE: not found is a 500 whose {@code message} names the missing config file, 403 names path and
 * privilege, 401 says {@code Authentication failed!}, unknown methods and paths are 501.
 *
 * <p>Writes to CTs (power, snapshots, config, resize) change the guests; those that PVE runs as tasks answer a UPID
 * and finish after {@link Builder#taskDuration}, scheduled off the request threads. See the package documentation.
 */
public final class FakeProxmox implements AutoCloseable {
  private final Scenario scenario;
  private final int requestedPort;
  private final Duration authFailureDelay;
  private final Duration taskDuration;
  private final Faults faults;
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final Path certificateFile;
  private ServerCertificate certificate;
  private HttpsServer server;
  private ExecutorService executor;
  private ScheduledExecutorService scheduler;
  private Lab lab;
  private Map<String, String> secrets;
  private boolean closed;
  private boolean serving;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();

  private FakeProxmox(Builder builder) {
    this.scenario = builder.scenario;
    this.requestedPort = builder.port;
    this.authFailureDelay = builder.authFailureDelay;
    this.taskDuration = builder.taskDuration;
    this.faults = new Faults(scenario.spec().faults());
    this.certificateFile = builder.certificateFile;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The scenario names {@link Builder#scenario(String)} accepts, for {@code labcrew sim --scenario}. */
  public static List<String> scenarioNames() {
    return Scenario.names();
  }

  /**
   * Resolves the scenario's ages against now and starts serving.
   *
   * @throws IllegalStateException when already started
   * @throws UncheckedIOException when the port cannot be bound
   */
  public FakeProxmox start() {
    bind();
    try {
      serve();
    } catch (RuntimeException | Error e) {
      close(); // the port is bound already: release it, the caller has no simulator to close
      throw e;
    }
    return this;
  }

  /**
   * Binds the port and returns at once, with {@link #baseUrl()}, {@link #tokenId()}, {@link #tokenSecret()} and
   * {@link #certificatePem()} known; the lab, its TLS context and the server come up on another thread. A client that
   * connects before they are up waits in the listen queue, so a command can build its client while the simulator
   * starts. {@link #awaitReady()} waits for it and says what went wrong.
   *
   * @throws IllegalStateException when already started
   * @throws UncheckedIOException when the port cannot be bound
   */
  public FakeProxmox startInBackground() {
    bind();
    Daemons.named("fake-proxmox-start").newThread(() -> {
      try {
        serve();
      } catch (RuntimeException | Error e) {
        close(); // a waiting client is refused instead of waiting for its timeout
        return;
      }
      loadDateHeaderNames();
    }).start();
    return this;
  }

  /**
   * Waits until the server serves, after {@link #startInBackground()}; returns at once after {@link #start()}.
   *
   * @throws IllegalStateException when the simulator failed to start, with the cause
   */
  public FakeProxmox awaitReady() {
    running();
    try {
      ready.join();
      return this;
    } catch (java.util.concurrent.CompletionException e) {
      throw new IllegalStateException("FakeProxmox failed to start: " + e.getCause(), e.getCause());
    }
  }

  /** What a client needs, and the listening socket: everything but the lab itself and the TLS context. */
  private synchronized void bind() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    secrets = LabFactory.secrets(scenario.spec());
    // Lab.localNode() is the first node of the scenario
    String commonName = scenario.spec().nodes().isEmpty() ? "pve" : scenario.spec().nodes().get(0).name();
    certificate = certificateFile == null ? new ServerCertificate(commonName + ".labcrew.test")
        : ServerCertificate.kept(certificateFile, commonName + ".labcrew.test");
    noDelay();
    try {
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), requestedPort), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
    }
    executor = Executors.newCachedThreadPool(Daemons.named("fake-proxmox"));
    scheduler = Executors.newSingleThreadScheduledExecutor(Daemons.named("fake-proxmox-delay"));
  }

  /**
   * Formats a date the way the JDK's server writes every answer's {@code Date} header ({@code EEE, dd MMM yyyy
   * HH:mm:ss zzz} in GMT, see {@code sun.net.httpserver.ExchangeImpl}), which loads the time-zone names: about 20 ms
   * of a cold JVM that the first answer would otherwise wait for. Runs on the start thread once the server serves,
   * while the first client is still shaking hands.
   */
  private static void loadDateHeaderNames() {
    DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US).withZone(ZoneId.of("GMT")).format(Instant.now());
  }

  /** Builds the lab and starts answering on the bound socket; {@link #ready} completes either way. */
  private void serve() {
    try {
      Lab created = LabFactory.create(scenario.spec(), Instant.now().getEpochSecond(), secrets);
      HttpsServer bound = running();
      bound.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
      bound.setExecutor(executor);
      TaskRunner tasks = new TaskRunner(created, faults, scheduler, taskDuration);
      bound.createContext("/", new ApiHandler(created, faults, requests, scheduler, authFailureDelay, tasks));
      synchronized (this) {
        lab = created;
        bound.start();
        serving = true;
      }
      ready.complete(null);
    } catch (RuntimeException | Error e) {
      ready.completeExceptionally(e);
      throw e;
    }
  }

  /** {@code https://127.0.0.1:PORT}, without {@code /api2/json}. */
  public String baseUrl() {
    return "https://127.0.0.1:" + port();
  }

  public int port() {
    return running().getAddress().getPort();
  }

  /** The server certificate in PEM form; it is self-signed and usable as a CA file. */
  public String certificatePem() {
    running();
    return certificate.pem();
  }

  /** SHA-256 of the server certificate as Proxmox shows it, {@code AB:CD:...}. */
  public String fingerprint() {
    running();
    return certificate.fingerprint();
  }

  /** Writes {@link #certificatePem()} to {@code file}, for {@code PROXMOX_CA_FILE}. */
  public Path writeCaFile(Path file) throws IOException {
    return Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
  }

  /** The admin token's id: the first token of the scenario, {@code root@pam!labcrew} in the built-in ones. */
  public String tokenId() {
    running();
    return scenario.spec().tokens().get(0).id();
  }

  public String tokenSecret() {
    running();
    return secrets.get(tokenId());
  }

  /**
   * Any token of the scenario, such as {@code auditor@pve!readonly}.
   *
   * @throws IllegalArgumentException when the scenario has no such token
   */
  public ApiToken token(String tokenId) {
    awaitReady();
    TokenEntry token = lab.tokens.get(tokenId);
    if (token == null) {
      throw new IllegalArgumentException("no token " + tokenId + "; scenario has " + lab.tokens.keySet());
    }
    return new ApiToken(token.id(), token.secret());
  }

  public Faults faults() {
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

  /** Stops the server at once (a start in the background finishes first); safe to call twice. */
  @Override
  public void close() {
    HttpsServer bound;
    synchronized (this) {
      if (server == null || closed) {
        return;
      }
      closed = true;
      bound = server;
    }
    ready.exceptionally(e -> null).join(); // a start in the background ends first; it takes a fraction of a second
    synchronized (this) {
      if (!serving) {
        // a closed channel stays listening until the server's dispatcher deregisters it, so it must run once
        bound.start();
      }
      bound.stop(0);
      executor.shutdownNow();
      scheduler.shutdownNow();
    }
  }

  /**
   * The JDK server writes headers and body in two segments; without TCP_NODELAY, Nagle and delayed ACKs add 40 ms
   * to every answer. Read once by the JDK when its first server starts; an explicit setting is left alone.
   */
  private static void noDelay() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private synchronized HttpsServer running() {
    if (server == null) {
      throw new IllegalStateException("FakeProxmox is not started; call start()");
    }
    return server;
  }

  /** Configures a {@link FakeProxmox}; defaults: scenario {@code homelab-incidents}, an ephemeral port. */
  public static final class Builder {
    private Scenario scenario;
    private int port;
    private Duration authFailureDelay = Duration.ZERO;
    private Duration taskDuration = Duration.ofMillis(150);
    private Path certificateFile;

    private Builder() {}

    /**
     * Keeps the server's self-signed certificate and its key in this PEM file (owner-only), made on the first start
     * and read by later ones, which then skip the key generation. Default: a fresh certificate on every start.
     * Only for a simulator: the key protects nothing but loopback traffic to fake data.
     */
    public Builder certificateFile(Path file) {
      this.certificateFile = Objects.requireNonNull(file, "file == null");
      return this;
    }

    /** A built-in scenario by name, or a lab file by path; see {@link Scenario#load(String)}. */
    public Builder scenario(String name) {
      this.scenario = Scenario.load(name);
      return this;
    }

    public Builder scenario(Scenario scenario) {
      this.scenario = Objects.requireNonNull(scenario, "scenario == null");
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

    /** Delays 401 answers, as PVE delays them by about 3 s; 0 by default to keep tests fast. */
    public Builder authFailureDelay(Duration delay) {
      this.authFailureDelay = Objects.requireNonNull(delay, "delay == null");
      return this;
    }

    /**
     * How long each task of a write endpoint runs before it stops and the guest's state changes; 150 ms by default.
     * One guest's tasks run one after another, so a second task on it ends a further duration later.
     */
    public Builder taskDuration(Duration duration) {
      Objects.requireNonNull(duration, "duration == null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("negative task duration: " + duration);
      }
      this.taskDuration = duration;
      return this;
    }

    public FakeProxmox build() {
      if (scenario == null) {
        scenario = Scenario.named("homelab-incidents");
      }
      return new FakeProxmox(this);
    }
  }
}
