package dev.labcrew.cli;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every HTTP request before the MCP transport sees it: the bearer token (401 when missing or
 * wrong), then the Origin (403 unless loopback or allowed: a web page must not drive the tools
 * through the user's browser) and the Host (421 unless expected, against DNS rebinding).
 */
final class McpHttpGuard implements ServerHttpHeaderValidator {
    private static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    private final McpTokens tokens;
    private final DefaultServerTransportSecurityValidator originAndHost;

    McpHttpGuard(McpHttpAddress address, List<String> extraOrigins, McpTokens tokens) {
        this.tokens = tokens;
        DefaultServerTransportSecurityValidator.Builder checks = DefaultServerTransportSecurityValidator.builder();
        List<String> hosts = new ArrayList<>(LOOPBACK_HOSTS);
        hosts.add(address.urlHost());
        hosts.forEach(host -> checks.allowedOrigin("http://" + host + ":*"));
        checks.allowedOrigins(extraOrigins);
        // Bound to every interface, clients may use any name of this machine: the token guards it then.
        if (!address.wildcard()) {
            hosts.forEach(host -> checks.allowedHost(host + ":*"));
        }
        this.originAndHost = checks.build();
    }

    @Override
    public void validate(HeaderAccessor headers) throws ServerTransportSecurityException {
        if (tokens != null && !bearerMatches(headers.getHeader("Authorization"))) {
            throw new ServerTransportSecurityException(401, "Missing or wrong bearer token");
        }
        originAndHost.validate(headers);
    }

    private boolean bearerMatches(List<String> values) {
        if (values == null || values.size() != 1 || !values.get(0).regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return tokens.identify(values.get(0)) != null;
    }
}
