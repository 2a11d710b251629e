package dev.labcrew.docker;

import dev.labcrew.core.LabcrewException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Immutable settings for one Docker engine: its name, where it listens ({@code unix:///var/run/docker.sock},
 * {@code tcp://nas.lan:2376}), TLS for TCP and timeouts. Validated when built.
 *
 * <p>TLS follows the Docker CLI: with {@code tlsVerify}, the engine's certificate must be signed by
 * {@code ca.pem} in {@code certPath}, and {@code cert.pem}/{@code key.pem} there are presented as the
 * client certificate. TCP without {@code tlsVerify} is plain HTTP (port 2375), as with the CLI.
 *
 * <pre>{@code
 * DockerConfig nas = DockerConfig.builder().name("nas").host("tcp://nas.lan:2376")
 *     .tlsVerify(true).certPath(Path.of("/home/me/.docker/nas")).build();
 * }</pre>
 *
 * <p>{@link Builder#build()} and {@link #fromEnv()} throw a {@link LabcrewException} ({@code BAD_INPUT})
 * naming the setting that is malformed.
 */
public final class DockerConfig {
    /** Where the engine listens when nothing says otherwise. */
    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
    /** The name of the engine {@code DOCKER_HOST} points at. */
    public static final String DEFAULT_NAME = "local";

    private final String name;
    private final URI host;
    private final boolean tlsVerify;
    private final Path certPath;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Consumer<String> trace;

    private DockerConfig(Builder b, URI host) {
        this.name = b.name;
        this.host = host;
        this.tlsVerify = b.tlsVerify;
        this.certPath = b.certPath;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.trace = b.trace;
    }

    /** A builder with the defaults: {@code local} at {@code /var/run/docker.sock}, 5 s connect, 60 s read. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH} from the environment. */
    public static DockerConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    static DockerConfig fromEnv(Map<String, String> env) {
        return HostSettings.defaultHost(env).build();
    }

    public String name() {
        return name;
    }

    /** {@code unix:///path} or {@code tcp://host:port}. */
    public URI host() {
        return host;
    }

    public boolean isUnixSocket() {
        return "unix".equals(host.getScheme());
    }

    /** The socket file of a {@code unix://} host. */
    public Path socketPath() {
        return Path.of(host.getPath());
    }

    public boolean tlsVerify() {
        return tlsVerify;
    }

    /**
     * Whether requests travel as plain HTTP over the network: a {@code tcp://} (or {@code http://}) engine without
     * {@code tlsVerify}. Whoever reaches that port controls the engine, and whoever is on the path reads everything.
     */
    public boolean isCleartext() {
        return !isUnixSocket() && !tlsVerify && !"https".equals(host.getScheme());
    }

    /** The folder holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}; null without TLS. */
    public Path certPath() {
        return certPath;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Receives one line per HTTP request (method, path, status, ms), or null. */
    public Consumer<String> trace() {
        return trace;
    }

    @Override
    public String toString() {
        return name + " (" + host + (tlsVerify ? ", TLS" : "") + ")";
    }

    /** Builds a {@link DockerConfig}. */
    public static final class Builder {
        private String name = DEFAULT_NAME;
        private String host = DEFAULT_HOST;
        private boolean tlsVerify;
        private Path certPath;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Consumer<String> trace;

        private Builder() {
        }

        /** The name tools use in their {@code host} parameter, e.g. {@code nas}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name").trim();
            return this;
        }

        /** {@code unix:///path/docker.sock}, {@code tcp://host:port}, or a bare socket path. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host").trim();
            return this;
        }

        public Builder tlsVerify(boolean tlsVerify) {
            this.tlsVerify = tlsVerify;
            return this;
        }

        public Builder certPath(Path certPath) {
            this.certPath = certPath;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder trace(Consumer<String> trace) {
            this.trace = trace;
            return this;
        }

        public DockerConfig build() {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")) {
                throw LabcrewException.badInput("Invalid Docker host name '" + name + "'",
                    "use letters, digits, '.', '_' or '-', e.g. nas or media-server");
            }
            URI uri = HostSettings.parseHost(host);
            if (tlsVerify && certPath == null) {
                certPath = Path.of(System.getProperty("user.home"), ".docker");
            }
            if (tlsVerify && "unix".equals(uri.getScheme())) {
                throw LabcrewException.badInput("TLS was asked for the unix socket " + uri,
                    "unset DOCKER_TLS_VERIFY, or point DOCKER_HOST at tcp://HOST:2376");
            }
            return new DockerConfig(this, uri);
        }
    }
}
