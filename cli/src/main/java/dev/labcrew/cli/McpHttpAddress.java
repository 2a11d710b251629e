package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where {@code labcrew mcp --http} listens, and with which bearer token. Off loopback a token is
 * required: without one, anyone who can reach the port could call the tools.
 *
 * @param token the bearer token clients must send, or null for none (loopback only)
 */
record McpHttpAddress(String host, int port, boolean loopback, boolean wildcard, String token) {

    /** Parses {@code HOST:PORT} ({@code [::1]:8765} for IPv6) and refuses an open address without a token. */
    static McpHttpAddress parse(String value, String token) {
        McpHttpAddress parsed = hostPort(value, "--http");
        if (!parsed.loopback() && token == null) {
            throw LabcrewException.badInput("Refusing to serve MCP on " + value + " without a bearer token: anyone who can reach it"
                + " could call the tools", "set " + McpCommand.TOKEN_ENV + " (or --token), or listen on loopback: --http 127.0.0.1:" + parsed.port());
        }
        return new McpHttpAddress(parsed.host(), parsed.port(), parsed.loopback(), parsed.wildcard(), token);
    }

    /** Parses the {@code HOST:PORT} of {@code option} ({@code [::1]:8765} for IPv6), with no token. */
    static McpHttpAddress hostPort(String value, String option) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw LabcrewException.badInput(option + " needs HOST:PORT, got '" + value + "'", "e.g. " + option + " 127.0.0.1:8765");
        }
        String host = value.substring(0, colon).strip();
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        host = host.isEmpty() ? "127.0.0.1" : host;
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw LabcrewException.badInput(option + " port must be 0 to 65535, got '" + value + "'", "e.g. " + option + " 127.0.0.1:8765");
        }
        InetAddress address = resolve(host, option);
        return new McpHttpAddress(host, port, address.isLoopbackAddress(), address.isAnyLocalAddress(), null);
    }

    private static InetAddress resolve(String host, String option) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw LabcrewException.badInput(option + ": unknown host '" + host + "'", "use an address of this machine, e.g. 127.0.0.1");
        }
    }

    /** The address as a URL host: IPv6 in brackets. */
    String urlHost() {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
