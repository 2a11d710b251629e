package dev.labcrew.docker.internal;

import dev.labcrew.docker.DockerConfig;
import dev.labcrew.docker.DockerException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.newsclub.net.unix.AFSocketFactory;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The one Docker transport: OkHttp over a unix socket (junixsocket) or TCP, with TLS when asked; every
 * non-2xx answer and every I/O failure mapped in one place. Internal: use {@link dev.labcrew.docker.DockerClient}.
 */
public final class DockerTransport implements AutoCloseable {
    private final OkHttpClient http;
    private final HttpUrl base;
    private final ErrorMapper errors;
    private final IoErrors ioErrors;
    private final Tracer tracer;

    /** What the engine answered: a 2xx status, the body and its content type (may be empty). */
    public record Reply(int status, byte[] body, String contentType) {
    }

    private DockerTransport(OkHttpClient http, HttpUrl base, DockerConfig config) {
        this.http = http;
        this.base = base;
        this.errors = new ErrorMapper(config.name());
        this.ioErrors = new IoErrors(config);
        this.tracer = new Tracer(config.trace());
    }

    /** Builds the OkHttp client; connects only when the first request is sent. */
    public static DockerTransport open(DockerConfig config) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .writeTimeout(config.readTimeout())
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .proxy(Proxy.NO_PROXY);
        HttpUrl base;
        if (config.isUnixSocket()) {
            try {
                builder.socketFactory(new AFSocketFactory.FixedAddressSocketFactory(AFUNIXSocketAddress.of(config.socketPath())));
            } catch (SocketException e) {
                throw dev.labcrew.core.LabcrewException.badInput("Cannot use the socket " + config.socketPath() + ": " + e.getMessage(),
                    "set DOCKER_HOST=unix:///path/to/docker.sock with a path under 100 characters");
            }
            // no name lookup: the socket factory ignores the address anyway
            builder.dns(hostname -> List.of(InetAddress.getLoopbackAddress()));
            base = HttpUrl.get("http://localhost/");
        } else {
            boolean tls = config.tlsVerify() || "https".equals(config.host().getScheme());
            if (config.tlsVerify()) {
                TlsSetup.apply(builder, config.certPath());
            }
            int port = config.host().getPort() > 0 ? config.host().getPort() : tls ? 2376 : 2375;
            base = new HttpUrl.Builder().scheme(tls ? "https" : "http").host(config.host().getHost()).port(port).build();
        }
        return new DockerTransport(builder.build(), base, config);
    }

    /**
     * Sends one request and returns a 2xx answer.
     *
     * @param prefix the version prefix, e.g. {@code /v1.41}, or empty for {@code /version} and {@code /_ping}
     * @param readTimeout how long to wait for the answer, or null for the configured read timeout
     * @throws DockerException the mapped failure
     */
    public Reply send(String method, String prefix, String path, Map<String, String> query, byte[] body, String contentType,
                      Duration readTimeout) {
        HttpUrl.Builder url = base.newBuilder().encodedPath(prefix + path);
        if (query != null) {
            query.forEach((k, v) -> {
                if (v != null) {
                    url.addQueryParameter(k, v);
                }
            });
        }
        RequestBody requestBody = body == null ? (method.equals("POST") ? RequestBody.create(new byte[0]) : null)
            : RequestBody.create(body, MediaType.get(contentType));
        Request request = new Request.Builder().url(url.build()).method(method, requestBody)
            .header("User-Agent", "labcrew/0.1").build();
        OkHttpClient client = readTimeout == null ? http : http.newBuilder().readTimeout(readTimeout).build();
        long start = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            tracer.line(request, String.valueOf(response.code()), start);
            if (response.code() < 200 || response.code() >= 300) {
                throw errors.fromResponse(method, path, response.code(), bytes);
            }
            return new Reply(response.code(), bytes, response.header("Content-Type", ""));
        } catch (IOException e) {
            tracer.line(request, "ERR", start);
            throw ioErrors.map(method, path, e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
