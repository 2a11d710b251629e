package dev.labcrew.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: GETs a page, keeps its cookies, and posts one of its forms as a person would. */
final class PageClient {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String base;

    PageClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return keep(http.send(request(pathOrUrl).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return keep(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The hidden fields of the form whose {@code decision} is {@code decision} (or the first form), plus {@code extra}. */
    static Map<String, String> form(String html, String decision, Map<String, String> extra) {
        for (String form : html.split("<form ")) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = HIDDEN.matcher(form);
            while (m.find()) {
                fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\""));
            }
            if (!fields.isEmpty() && (decision == null || decision.equals(fields.get("decision")))) {
                fields.putAll(extra);
                return fields;
            }
        }
        throw new AssertionError("no such form in " + html);
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String[] kv = set.split(";", 2)[0].split("=", 2);
            cookies.put(kv[0], kv[1]);
        }
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
