package dev.labcrew.cli;

import com.sun.net.httpserver.HttpServer;
import dev.labcrew.core.LabcrewException;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code --metrics HOST:PORT}: the process's meters (tool calls by tool and outcome, approval decisions) in
 * Prometheus text format at {@code http://HOST:PORT/metrics}, through Micrometer's Prometheus registry added
 * to the global registry every runtime counts into. It serves counts and durations only, never arguments.
 */
final class MetricsEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final PrometheusMeterRegistry registry;

    private MetricsEndpoint(HttpServer server, PrometheusMeterRegistry registry) {
        this.server = server;
        this.registry = registry;
    }

    static MetricsEndpoint start(String hostPort) {
        McpHttpAddress address = McpHttpAddress.hostPort(hostPort, "--metrics");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), 16);
        } catch (IOException e) {
            throw LabcrewException.badInput("Cannot serve metrics on " + hostPort + ": " + e.getMessage(),
                "choose a free port, e.g. --metrics 127.0.0.1:9464");
        }
        server.createContext("/metrics", exchange -> {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Metrics.addRegistry(registry);
        return new MetricsEndpoint(server, registry);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        server.stop(0);
    }
}
