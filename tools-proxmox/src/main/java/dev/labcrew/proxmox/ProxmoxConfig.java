package dev.labcrew.proxmox;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.internal.Fingerprints;
import dev.labcrew.proxmox.internal.PemCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Immutable settings for {@link ProxmoxClient}: where the API is, which token to use, how to trust
 * the server, timeouts and the retry bound. Validated when built; never prints the token secret.
 *
 * <p>TLS: the JDK trust store by default; {@code caFile}/{@code caPem} trusts exactly that CA;
 * {@code fingerprint} pins the server certificate's SHA-256 (and wins over the others);
 * {@code insecure} trusts anything and logs a warning. An {@code http://} URL is refused unless
 * {@link Builder#allowHttp(boolean)} ({@code PROXMOX_ALLOW_HTTP=true}); then every client warns when created.
 *
 * <pre>{@code
 * ProxmoxConfig config = ProxmoxConfig.builder()
 *         .host("pve1.lan")                       // https://pve1.lan:8006/api2/json
 *         .tokenId("root@pam!labcrew").tokenSecret(secret)
 *         .fingerprint("AB:CD:...")
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} and {@link #fromEnv()} throw a {@link LabcrewException} ({@code BAD_INPUT})
 * naming the setting that is missing or malformed.
 */
public final class ProxmoxConfig {
    private final String baseUrl;
    private final String tokenId;
    private final String tokenSecret;
    private final String defaultNode;
    private final String caPem;
    private final String fingerprint;
    private final boolean insecure;
    private final Consumer<String> trace;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final String cluster;

    private ProxmoxConfig(Builder b, String baseUrl, String caPem, String fingerprint) {
        this.baseUrl = baseUrl;
        this.tokenId = TokenIds.requireValid(b.tokenId);
        this.tokenSecret = TokenIds.requireSecret(b.tokenSecret);
        this.defaultNode = b.defaultNode == null || b.defaultNode.isBlank() ? null : b.defaultNode.trim();
        this.caPem = caPem;
        this.fingerprint = fingerprint;
        this.insecure = b.insecure;
        this.trace = b.trace;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.timeout = b.timeout;
        this.maxAttempts = b.maxAttempts;
        this.firstBackoff = b.firstBackoff;
        this.maxBackoff = b.maxBackoff;
        this.sleeper = b.sleeper;
        this.cluster = b.cluster == null || b.cluster.isBlank() ? null : b.cluster.trim();
    }

    /**
     * The name of this cluster when several are configured ({@code PROXMOX_CLUSTERS=home,lab}), else null; targets
     * then read {@code ct/200@pve1@home}.
     */
    public String cluster() {
        return cluster;
    }

    /** {@code @NAME} when this cluster is one of several, else empty: the suffix of a target. */
    public String clusterSuffix() {
        return cluster == null ? "" : "@" + cluster;
    }

    /**
     * A builder with the defaults: 10 s connect, 30 s read, 60 s per call (all attempts and backoffs), 4 attempts,
     * 400 ms to 5 s backoff.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code PROXMOX_URL}/{@code PROXMOX_HOST}, {@code PROXMOX_TOKEN_ID}, ... from the environment. */
    public static ProxmoxConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    static ProxmoxConfig fromEnv(Map<String, String> env) {
        return EnvConfig.read(env);
    }

    /**
     * A builder pre-filled from settings that use the environment's names ({@code PROXMOX_URL},
     * {@code PROXMOX_TOKEN_ID}, ...), e.g. the environment merged over a properties file; callers may
     * then add a trace or timeouts.
     *
     * @throws dev.labcrew.core.LabcrewException BAD_INPUT naming the missing or malformed setting
     */
    public static Builder builder(Map<String, String> settings) {
        return EnvConfig.builder(settings);
    }

    /** Whether the environment names a Proxmox server at all ({@code PROXMOX_URL} or {@code PROXMOX_HOST}). */
    public static boolean isConfigured(Map<String, String> env) {
        return EnvConfig.isConfigured(env);
    }

    /** The API base URL, always ending with {@code /api2/json}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The token id, {@code USER@REALM!TOKENID}. */
    public String tokenId() {
        return tokenId;
    }

    /** The node to use when a call names none ({@code PROXMOX_NODE}); may be {@code null}. */
    public String defaultNode() {
        return defaultNode;
    }

    String tokenSecret() {
        return tokenSecret;
    }

    String caPem() {
        return caPem;
    }

    String fingerprint() {
        return fingerprint;
    }

    boolean insecure() {
        return insecure;
    }

    Consumer<String> trace() {
        return trace;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    Duration timeout() {
        return timeout;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration firstBackoff() {
        return firstBackoff;
    }

    Duration maxBackoff() {
        return maxBackoff;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    /** How requests travel: cleartext for http, else the TLS trust in force. */
    public TransportSecurity transportSecurity() {
        if (!baseUrl.startsWith("https://")) {
            return TransportSecurity.CLEARTEXT;
        }
        if (fingerprint != null) {
            return TransportSecurity.PINNED;
        }
        return caPem == null && insecure ? TransportSecurity.NOT_VERIFIED : TransportSecurity.VERIFIED;
    }

    String tlsMode() {
        if (fingerprint != null) {
            return "pinned";
        }
        return caPem != null ? "ca-file" : insecure ? "insecure" : "system";
    }

    @Override
    public String toString() {
        return "ProxmoxConfig[baseUrl=" + baseUrl + ", tokenId=" + tokenId + ", defaultNode=" + defaultNode
                + ", tls=" + tlsMode() + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts + "]";
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private String url;
        private String host;
        private String tokenId;
        private String tokenSecret;
        private String defaultNode;
        private Path caFile;
        private String caPem;
        private String fingerprint;
        private boolean insecure;
        private boolean allowHttp;
        private Consumer<String> trace;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration timeout = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration firstBackoff = Duration.ofMillis(400);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private Sleeper sleeper = Sleeper.system();
        private String cluster;

        private Builder() {
        }

        /** Names this cluster, one of several; see {@link ProxmoxConfig#cluster()}. */
        public Builder cluster(String name) {
            this.cluster = name;
            return this;
        }

        /** Full URL, e.g. {@code https://pve1:8006} or {@code https://pve1:8006/api2/json}. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Host or host:port ({@code https} and port 8006 assumed), or a URL. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** {@code USER@REALM!TOKENID}. */
        public Builder tokenId(String tokenId) {
            this.tokenId = tokenId;
            return this;
        }

        /** The token's secret (a UUID). */
        public Builder tokenSecret(String tokenSecret) {
            this.tokenSecret = tokenSecret;
            return this;
        }

        public Builder defaultNode(String defaultNode) {
            this.defaultNode = defaultNode;
            return this;
        }

        /** PEM file of the CA to trust, e.g. a copy of {@code /etc/pve/pve-root-ca.pem}. */
        public Builder caFile(Path caFile) {
            this.caFile = caFile;
            return this;
        }

        /** PEM text of the CA to trust. */
        public Builder caPem(String caPem) {
            this.caPem = caPem;
            return this;
        }

        /** SHA-256 of the server certificate, colon hex as Proxmox shows it (colons optional). */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /** Trust any certificate. Logs a warning; prefer {@link #fingerprint(String)}. */
        public Builder insecure(boolean insecure) {
            this.insecure = insecure;
            return this;
        }

        /**
         * Accept an {@code http://} URL ({@code PROXMOX_ALLOW_HTTP=true}), e.g. behind a TLS-terminating proxy on
         * the same machine. The token then travels in cleartext; every client created warns.
         */
        public Builder allowHttp(boolean allowHttp) {
            this.allowHttp = allowHttp;
            return this;
        }

        /** Receives one line per HTTP exchange: {@code GET /api2/json/version 200 12ms}. */
        public Builder trace(Consumer<String> trace) {
            this.trace = trace;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long one read from the socket may wait; each attempt is also bounded by {@link #timeout(Duration)}. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * The deadline of one call ({@code PROXMOX_TIMEOUT}, default 60 s): every attempt and every backoff between
         * them. Each attempt gets what is left, and no retry starts once it has passed. A write that waits for its
         * task counts the wait too; the task's own limit is the {@code TaskWaiter}'s.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Attempts per call (1 = no retry) and the exponential backoff bounds between them. */
        public Builder retry(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
            this.maxAttempts = maxAttempts;
            this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
            return this;
        }

        /** How retries wait; tests pass {@code d -> { }}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @throws LabcrewException {@code BAD_INPUT} naming the bad setting, and for an {@code http://} URL
         *     without {@link #allowHttp(boolean)}
         */
        public ProxmoxConfig build() {
            String base = BaseUrls.requireTls(baseUrl(), allowHttp);
            checkLimits();
            String pem = readCa();
            if (pem != null) {
                PemCertificates.parse(pem, caFile != null ? "PROXMOX_CA_FILE " + caFile : "CA PEM");
            }
            String pin = fingerprint == null || fingerprint.isBlank() ? null : Fingerprints.normalize(fingerprint);
            return new ProxmoxConfig(this, base, pem, pin);
        }

        private String baseUrl() {
            if (url != null && !url.isBlank()) {
                return BaseUrls.fromUrl(url);
            }
            if (host != null && !host.isBlank()) {
                return BaseUrls.fromHost(host);
            }
            throw LabcrewException.badInput("No Proxmox address configured",
                    "set PROXMOX_HOST=HOST (port 8006 assumed) or PROXMOX_URL=https://HOST:8006/api2/json");
        }

        private void checkLimits() {
            if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                    || timeout.isNegative() || timeout.isZero()) {
                throw LabcrewException.badInput("Timeouts must be positive",
                        "e.g. readTimeout(Duration.ofSeconds(30)), timeout(Duration.ofSeconds(60))");
            }
            if (maxAttempts < 1 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
                throw LabcrewException.badInput("Invalid retry settings: " + maxAttempts + " attempts, backoff "
                        + firstBackoff.toMillis() + " to " + maxBackoff.toMillis() + " ms",
                        "use at least 1 attempt and a first backoff no larger than the maximum");
            }
        }

        private String readCa() {
            if (caPem != null && !caPem.isBlank()) {
                return caPem;
            }
            if (caFile == null) {
                return null;
            }
            try {
                return Files.readString(caFile, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new LabcrewException(ErrorKind.BAD_INPUT,
                        "Cannot read PROXMOX_CA_FILE " + caFile + ": " + e.getClass().getSimpleName(),
                        "point it at a readable PEM file, e.g. a copy of /etc/pve/pve-root-ca.pem", e);
            }
        }
    }
}
