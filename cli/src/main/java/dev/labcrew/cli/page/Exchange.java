package dev.labcrew.cli.page;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request and its answer: query and form fields, cookies, and a response with the headers every
 * page sends (no caching, no framing, no referrer: a signed link must not leak to another site).
 */
final class Exchange {
    private static final int MAX_FORM = 16 * 1024;

    private final HttpExchange http;
    private final boolean secure;
    private Map<String, String> form;

    Exchange(HttpExchange http, boolean secure) {
        this.http = http;
        this.secure = secure;
    }

    String method() {
        return http.getRequestMethod();
    }

    String path() {
        return http.getRequestURI().getRawPath();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    String query(String name) {
        return fields(http.getRequestURI().getRawQuery()).get(name);
    }

    String form(String name) throws IOException {
        if (form == null) {
            try (InputStream in = http.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_FORM + 1);
                form = body.length > MAX_FORM ? Map.of() : fields(new String(body, StandardCharsets.UTF_8));
            }
        }
        return form.get(name);
    }

    String cookie(String name) {
        String header = header("Cookie");
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return kv[1];
            }
        }
        return null;
    }

    void setCookie(String name, String value, long maxAgeSeconds) {
        http.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + maxAgeSeconds
            + (secure ? "; Secure" : ""));
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page);
    }

    void redirect(String location) throws IOException {
        http.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", "");
    }

    void send(int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        var h = http.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'");
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> fields(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                fields.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException malformed) {
                // A field that does not decode is left out; the handler asks for what it needs.
            }
        }
        return fields;
    }
}
