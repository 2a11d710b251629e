package dev.labcrew.proxmox.internal;

import dev.labcrew.core.LabcrewException;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds requests below the base URL: parameters go in the query for GET/DELETE and in a
 * form-urlencoded body for POST/PUT, sorted by name so requests are reproducible.
 */
final class Requests {
    private final HttpUrl base;

    Requests(HttpUrl base) {
        this.base = base;
    }

    /** {@code nodes/pve1/lxc} or {@code /nodes/pve1/lxc/} becomes {@code /nodes/pve1/lxc}. */
    static String apiPath(String path) {
        if (path == null || path.isBlank() || path.contains("?") || path.contains("#")) {
            throw LabcrewException.badInput("Invalid API path '" + path + "'",
                    "pass a path such as /nodes/pve1/lxc and the query parameters in the map");
        }
        String stripped = path.strip();
        int from = 0;
        int to = stripped.length();
        while (from < to && stripped.charAt(from) == '/') {
            from++;
        }
        while (to > from && stripped.charAt(to - 1) == '/') {
            to--;
        }
        return from == 1 && to == stripped.length() ? stripped : "/" + stripped.substring(from, to);
    }

    Request build(String method, String apiPath, Map<String, String> params) {
        HttpUrl.Builder url = base.newBuilder().addPathSegments(apiPath.substring(1));
        Map<String, String> sorted = sorted(params);
        boolean hasBody = method.equals("POST") || method.equals("PUT");
        if (hasBody) {
            FormBody.Builder form = new FormBody.Builder();
            sorted.forEach(form::add);
            return new Request.Builder().url(url.build()).method(method, form.build()).build();
        }
        sorted.forEach(url::addQueryParameter);
        return new Request.Builder().url(url.build()).method(method, null).build();
    }

    private static Map<String, String> sorted(Map<String, String> params) {
        Map<String, String> sorted = new TreeMap<>();
        if (params != null) {
            params.forEach((k, v) -> {
                if (k != null && v != null) {
                    sorted.put(k, v);
                }
            });
        }
        return sorted;
    }
}
