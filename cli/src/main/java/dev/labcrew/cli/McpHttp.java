package dev.labcrew.cli;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.mcp.McpTools;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/** MCP over Streamable HTTP at {@code /mcp}, on an embedded Tomcat, until the process is stopped. */
final class McpHttp {
    static final String ENDPOINT = "/mcp";
    /** Held so the level sticks: java.util.logging keeps loggers weakly. */
    private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");

    private McpHttp() {
    }

    /**
     * @param owner the identity of a bare token's holder: the OS account running the server
     */
    static int serve(McpTools.Builder tools, McpHttpAddress address, List<String> origins, String owner, String what, PrintWriter err) {
        McpTokens tokens = address.token() == null ? null : McpTokens.parse(address.token(), owner);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
            .mcpEndpoint(ENDPOINT).httpHeaderValidator(new McpHttpGuard(address, origins, tokens))
            .contextExtractor(request -> identity(tokens, request.getHeader("Authorization"))).build();
        McpSyncServer server = tools.serve(transport);
        Path base = tempDir();
        Tomcat tomcat = start(transport, address, base);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(tomcat, server, base);
            stopped.countDown();
        }, "labcrew-mcp-stop"));
        int port = tomcat.getConnector().getLocalPort();
        err.println("labcrew: serving " + what + " over MCP at http://" + address.urlHost() + ":" + port + ENDPOINT
            + (address.token() == null ? " (loopback only, no token)" : " (bearer token required)"));
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(tomcat, server, base);
        }
        return 0;
    }

    /** The name of the token a request came with, for the approvals its human gives. */
    private static McpTransportContext identity(McpTokens tokens, String authorization) {
        String name = tokens == null ? null : tokens.identify(authorization);
        return name == null ? McpTransportContext.EMPTY : McpTransportContext.create(Map.of(McpTools.IDENTITY, name));
    }

    private static Tomcat start(HttpServletStreamableServerTransportProvider servlet, McpHttpAddress address, Path base) {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(address.port());
        connector.setProperty("address", address.host());
        connector.setThrowOnFailure(true);
        tomcat.setConnector(connector);
        ErrorReportValve errors = new ErrorReportValve();
        errors.setShowReport(false);
        errors.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errors);
        Context context = tomcat.addContext("", base.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "mcp", servlet);
        wrapper.setAsyncSupported(true);
        context.addServletMappingDecoded(ENDPOINT, "mcp");
        // A failed start is reported below in one line, not as Tomcat's stack trace.
        TOMCAT_LOG.setLevel(Level.OFF);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new LabcrewException(ErrorKind.BAD_INPUT, "Cannot listen on " + address.urlHost() + ":" + address.port()
                + ": " + cause.getMessage(), "is the port in use? pick another, or port 0 for any free one");
        } finally {
            TOMCAT_LOG.setLevel(Level.WARNING);
        }
        return tomcat;
    }

    private static void stop(Tomcat tomcat, McpSyncServer server, Path base) {
        try {
            server.close();
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException | RuntimeException e) {
            System.err.println("labcrew: stopping the MCP server: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("labcrew-mcp-http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
