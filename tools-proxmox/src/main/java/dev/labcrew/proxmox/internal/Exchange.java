package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One HTTP attempt: send, read, emit one trace line, map any failure, return the JSON envelope. */
final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    private final OkHttpClient http;
    private final ErrorMapper errors;
    private final IoErrors ioErrors;
    private final Consumer<String> trace;

    Exchange(OkHttpClient http, ErrorMapper errors, IoErrors ioErrors, Consumer<String> trace) {
        this.http = http;
        this.errors = errors;
        this.ioErrors = ioErrors;
        this.trace = trace;
    }

    /** One attempt, cut off (OkHttp's call timeout) when {@code limit}, what is left of the call's deadline, runs out. */
    ObjectNode execute(String apiPath, Request request, Duration limit) {
        String method = request.method();
        long start = System.nanoTime();
        int status;
        byte[] body;
        String reason;
        Call call = http.newCall(request);
        call.timeout().timeout(Math.max(1L, limit.toNanos()), TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            status = response.code();
            reason = response.message();
            body = response.body().bytes(); // parsed as UTF-8 bytes: decoding to a String first cost a copy
        } catch (IOException e) {
            trace(request, "ERR", start);
            throw ioErrors.map(method, apiPath, e);
        }
        trace(request, String.valueOf(status), start);
        if (status < 200 || status >= 300) {
            throw errors.fromResponse(method, apiPath, status, reason, new String(body, StandardCharsets.UTF_8));
        }
        return envelope(method, apiPath, status, body);
    }

    private static ObjectNode envelope(String method, String apiPath, int status, byte[] body) {
        try {
            JsonNode node = PveJson.mapper().readTree(body);
            if (node instanceof ObjectNode && node.has("data")) {
                return (ObjectNode) node;
            }
        } catch (IOException notJson) {
            // reported below
        }
        String start = Texts.oneLine(new String(body, StandardCharsets.UTF_8));
        throw new ProxmoxException(ErrorKind.MALFORMED_RESPONSE,
                "Proxmox answered " + method + " " + apiPath + " with a body that is not a PVE JSON envelope: "
                        + (start.length() > 80 ? start.substring(0, 80) + "..." : start),
                "check that PROXMOX_URL points at the PVE API (https://HOST:8006/api2/json), not a proxy or login page",
                method, apiPath, status, "malformed body", null, null);
    }

    private void trace(Request request, String outcome, long startNanos) {
        if (trace == null) {
            return;
        }
        String query = request.url().encodedQuery();
        String target = request.url().encodedPath() + (query == null ? "" : "?" + query);
        long millis = (System.nanoTime() - startNanos) / 1_000_000L;
        try {
            trace.accept(request.method() + " " + target + " " + outcome + " " + millis + "ms");
        } catch (RuntimeException e) {
            LOG.debug("trace consumer failed", e);
        }
    }
}
