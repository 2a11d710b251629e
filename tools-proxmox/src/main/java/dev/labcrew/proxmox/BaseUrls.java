package dev.labcrew.proxmox;

import dev.labcrew.core.LabcrewException;
import okhttp3.HttpUrl;

/** Turns what users type (host, host:port, a URL with or without /api2/json) into the API base URL. */
final class BaseUrls {
    static final int DEFAULT_PORT = 8006;
    private static final String API_ROOT = "/api2/json";
    private static final String HINT = "expected https://HOST:8006/api2/json (PROXMOX_URL) or HOST[:PORT] (PROXMOX_HOST)";

    private BaseUrls() {
    }

    static String fromUrl(String url) {
        String trimmed = url.trim();
        if (!trimmed.contains("://")) {
            return fromHost(trimmed);
        }
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw LabcrewException.badInput("Invalid Proxmox URL '" + trimmed + "'", HINT);
        }
        String path = parsed.encodedPath().replaceAll("/+$", "");
        if (!path.endsWith(API_ROOT)) {
            path = path + API_ROOT;
        }
        return parsed.newBuilder().encodedPath(path).query(null).fragment(null).username("").password("")
                .build().toString();
    }

    /**
     * The base URL when it is https, or http with {@code allowHttp}; the token goes in every request,
     * so cleartext is refused unless asked for.
     */
    static String requireTls(String base, boolean allowHttp) {
        if (base.startsWith("https://") || allowHttp) {
            return base;
        }
        throw LabcrewException.badInput("Refusing cleartext " + base + ": the API token would cross the network unencrypted",
                "use https://HOST:8006 (pveproxy serves only https); only for a TLS-terminating proxy you trust, "
                        + "set PROXMOX_ALLOW_HTTP=true");
    }

    static String fromHost(String host) {
        String trimmed = host.trim();
        if (trimmed.contains("://")) {
            return fromUrl(trimmed);
        }
        String name = trimmed;
        int port = DEFAULT_PORT;
        int colon = trimmed.lastIndexOf(':');
        boolean bracketed = trimmed.startsWith("[");
        boolean bareIpv6 = !bracketed && trimmed.indexOf(':') != colon;
        if (colon > 0 && !bareIpv6 && (!bracketed || trimmed.lastIndexOf(']') < colon)) {
            name = trimmed.substring(0, colon);
            port = parsePort(trimmed.substring(colon + 1), trimmed);
        }
        name = name.replaceAll("^\\[|]$", "");
        try {
            return new HttpUrl.Builder().scheme("https").host(name).port(port).encodedPath(API_ROOT).build().toString();
        } catch (IllegalArgumentException e) {
            throw LabcrewException.badInput("Invalid Proxmox host '" + trimmed + "'", HINT);
        }
    }

    private static int parsePort(String text, String host) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw LabcrewException.badInput("Invalid port in Proxmox host '" + host + "'", HINT);
    }
}
