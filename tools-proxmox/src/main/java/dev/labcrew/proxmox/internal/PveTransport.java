package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PVE transport: token auth, TLS, one error mapper, retries through {@link RetryPolicy}, one
 * trace line per attempt. Internal: use {@link dev.labcrew.proxmox.ProxmoxClient}.
 */
public final class PveTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PveTransport.class);

    private final OkHttpClient http;
    private final Requests requests;
    private final Exchange exchange;
    private final RetryPolicy retry;

    private PveTransport(OkHttpClient http, HttpUrl base, Exchange exchange, RetryPolicy retry) {
        this.http = http;
        this.requests = new Requests(base);
        this.exchange = exchange;
        this.retry = retry;
    }

    /** Builds the OkHttp client; the secret only ever goes into the auth interceptor. */
    public static PveTransport open(TransportOptions options, String tokenSecret, RetryPolicy retry) {
        HttpUrl base = HttpUrl.get(options.baseUrl());
        if (!base.isHttps()) {
            // config refuses http unless PROXMOX_ALLOW_HTTP=true; say so on every start, not once per JVM
            LOG.warn("Proxmox API at {} over cleartext http (PROXMOX_ALLOW_HTTP=true): the API token crosses the network "
                    + "unencrypted; use https://HOST:8006", base);
        }
        TlsSetup tls = TlsSetup.create(options.caPem(), options.fingerprint(), options.insecure());
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .followRedirects(false)
                // OkHttp would silently resend a POST after a dropped connection; RetryPolicy decides instead
                .retryOnConnectionFailure(false)
                .addInterceptor(new TokenAuthInterceptor(options.tokenId(), tokenSecret));
        tls.apply(builder);
        OkHttpClient http = builder.build();
        Exchange exchange = new Exchange(http, new ErrorMapper(options.tokenId()),
                new IoErrors(base, tls, options.readTimeout()), options.trace());
        return new PveTransport(http, base, exchange, retry);
    }

    /**
     * Sends one call, retrying what the policy allows, and returns the whole envelope
     * ({@code {"data": ..., "total": ...}}).
     *
     * @throws ProxmoxException the mapped failure of the last attempt
     */
    public ObjectNode call(String method, String path, Map<String, String> params) {
        String apiPath = Requests.apiPath(path);
        var request = requests.build(method, apiPath, params);
        for (int attempt = 1; ; attempt++) {
            try {
                return exchange.execute(apiPath, request);
            } catch (ProxmoxException failure) {
                if (!retry.shouldRetry(method, failure, attempt)) {
                    throw failure;
                }
                Duration delay = retry.delayAfter(attempt);
                LOG.warn("retrying {} {} after {} (attempt {} of {}) in {} ms", method, apiPath, failure.kind(),
                        attempt + 1, retry.maxAttempts(), delay.toMillis());
                if (!retry.pause(delay)) {
                    throw failure;
                }
            }
        }
    }

    /** The write half of this transport; only the toolset wiring asks for it (see {@link PveWrites}). */
    public PveWrites writes() {
        return new PveWrites(this);
    }

    /** The envelope's {@code data}, {@link NullNode} when absent or null. */
    public static JsonNode data(ObjectNode envelope) {
        JsonNode data = envelope.get("data");
        return data == null ? NullNode.getInstance() : data;
    }

    /**
     * Maps {@code data} leniently onto {@code type}.
     *
     * @throws ProxmoxException {@code MALFORMED_RESPONSE} when the shape does not fit
     */
    public <T> T convert(JsonNode data, TypeReference<T> type, String method, String path) {
        ObjectMapper mapper = PveJson.mapper();
        try {
            return mapper.convertValue(data, type);
        } catch (IllegalArgumentException e) {
            String first = Texts.oneLine(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            throw new ProxmoxException(ErrorKind.MALFORMED_RESPONSE,
                    "Unexpected shape in the answer to " + method + " " + Requests.apiPath(path) + ": " + first,
                    "the PVE version may differ from what this client knows; report it with the response",
                    method, Requests.apiPath(path), 200, "unexpected shape", null, e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
