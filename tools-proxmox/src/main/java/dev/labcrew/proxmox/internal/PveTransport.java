package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import dev.labcrew.core.analysis.SharedReads;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PVE transport: token auth, TLS, one error mapper, one trace line per attempt, and the one
 * place where calls are retried ({@link RetryPolicy} decides), all attempts and backoffs of a call
 * within one deadline. Internal: use {@link dev.labcrew.proxmox.ProxmoxClient}.
 */
public final class PveTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PveTransport.class);

    private final OkHttpClient http;
    private final Requests requests;
    private final Exchange exchange;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final String server;

    private PveTransport(OkHttpClient http, HttpUrl base, Exchange exchange, RetryPolicy retry, Duration timeout) {
        this.http = http;
        this.server = base.toString();
        this.requests = new Requests(base);
        this.exchange = exchange;
        this.retry = retry;
        this.timeout = timeout;
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
                .callTimeout(options.timeout())
                .followRedirects(false)
                // OkHttp would silently resend a POST after a dropped connection; RetryPolicy decides instead
                .retryOnConnectionFailure(false)
                .addInterceptor(new TokenAuthInterceptor(options.tokenId(), tokenSecret));
        tls.apply(builder);
        OkHttpClient http = builder.build();
        Exchange exchange = new Exchange(http, new ErrorMapper(options.tokenId()),
                new IoErrors(base, tls, options.readTimeout(), options.timeout()), options.trace());
        return new PveTransport(http, base, exchange, retry, options.timeout());
    }

    /**
     * Sends one call, retrying what the policy allows, and returns the whole envelope
     * ({@code {"data": ..., "total": ...}}). A GET inside a sweep is read once per sweep ({@link SharedReads}).
     *
     * @throws ProxmoxException the mapped failure of the last attempt
     */
    public ObjectNode call(String method, String path, Map<String, String> params) {
        SharedReads shared = "GET".equals(method) ? SharedReads.current() : null;
        if (shared == null) {
            return call(method, path, params, envelope -> envelope, envelope -> false);
        }
        ObjectNode envelope = shared.get("GET " + server + Requests.apiPath(path) + "?" + new TreeMap<>(params),
                () -> call(method, path, params, e -> e, e -> false));
        return envelope.deepCopy();
    }

    /**
     * Sends one call and hands each answer to {@code outcome} (a write's task wait). The call goes out again when the
     * request failed in a way the policy retries, or when {@code didNotRun} says the outcome shows the write did not
     * happen (a task that could not take the guest's lock); both count against the same attempts and deadline. Once
     * they are spent, the last failure is thrown or the last outcome returned.
     */
    public <T> T call(String method, String path, Map<String, String> params, Function<ObjectNode, T> outcome,
            Predicate<T> didNotRun) {
        String apiPath = Requests.apiPath(path);
        Request request = requests.build(method, apiPath, params);
        Deadline deadline = Deadline.after(timeout);
        for (int attempt = 1; ; attempt++) {
            ObjectNode envelope;
            try {
                envelope = exchange.execute(apiPath, request, deadline.remaining());
            } catch (ProxmoxException failure) {
                if (!retry.shouldRetry(method, failure, attempt)
                        || !backOff(method, apiPath, failure.kind().name(), attempt, deadline)) {
                    throw failure;
                }
                continue;
            }
            T result = outcome.apply(envelope);
            if (!didNotRun.test(result) || attempt >= retry.maxAttempts()
                    || !backOff(method, apiPath, "a task that could not take the lock", attempt, deadline)) {
                return result;
            }
        }
    }

    private boolean backOff(String method, String apiPath, String why, int attempt, Deadline deadline) {
        Duration delay = retry.delayAfter(attempt);
        if (!deadline.allows(delay)) {
            LOG.warn("not retrying {} {} after {}: the call's {} ms would be over (PROXMOX_TIMEOUT)", method, apiPath, why,
                    deadline.total().toMillis());
            return false;
        }
        LOG.warn("retrying {} {} after {} (attempt {} of {}) in {} ms", method, apiPath, why, attempt + 1,
                retry.maxAttempts(), delay.toMillis());
        return retry.pause(delay);
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
            // read from the tree's tokens: convertValue would first write the tree into a token buffer
            return mapper.treeToValue(data, mapper.getTypeFactory().constructType(type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
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
