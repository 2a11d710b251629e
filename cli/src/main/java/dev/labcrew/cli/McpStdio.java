package dev.labcrew.cli;

import dev.labcrew.mcp.McpTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * MCP on the process's stdin and stdout. Stdout carries only protocol: while serving, anything else
 * printed with {@code System.out} goes to stderr. The SDK closes its session when stdin ends but the
 * JVM would live on, so the end of stdin ends the command.
 */
final class McpStdio {
    private final PrintStream protocol;
    private final EndOfInput in;

    private McpStdio(PrintStream protocol, EndOfInput in) {
        this.protocol = protocol;
        this.in = in;
    }

    /** Takes stdin and stdout for the protocol, before anything else may print. */
    static McpStdio claim() {
        McpStdio stdio = new McpStdio(System.out, new EndOfInput(System.in));
        System.setOut(System.err);
        return stdio;
    }

    /**
     * Serves until stdin ends, or until the lab fails to open (it starts opening once the server serves); returns the
     * exit code.
     *
     * @throws RuntimeException what stopped the lab from opening, for the command line to report as any failed start
     */
    int serve(McpTools.Builder tools, String what, PrintWriter err, LabOpening lab) {
        McpSyncServer server = tools.serve(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, protocol));
        err.println("labcrew: serving " + what + " over MCP on stdio; stops when stdin closes");
        err.flush();
        lab.start();
        CompletableFuture<Throwable> failed = lab.failed();
        failed.thenRun(in.ended::countDown);
        try {
            in.ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
        Throwable failure = failed.getNow(null);
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return 0;
    }

    void release() {
        System.setOut(protocol);
    }

    /** Stdin that says when it has ended (end of stream or a read error). */
    private static final class EndOfInput extends FilterInputStream {
        final CountDownLatch ended = new CountDownLatch(1);

        EndOfInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = -1;
            try {
                c = super.read();
                return c;
            } finally {
                if (c < 0) {
                    ended.countDown();
                }
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = -1;
            try {
                n = super.read(b, off, len);
                return n;
            } finally {
                if (n < 0) {
                    ended.countDown();
                }
            }
        }
    }
}
