package dev.labcrew.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew cds-training}: the run {@code ./labcrew} records its class data archive (AppCDS) from, once per
 * build of the jar. One JVM does what the common starts do: a demo tool call, then an MCP session on stdio that
 * initializes, lists the tools and calls one, so both {@code tools call} and {@code mcp} find their classes in
 * the archive. Hidden from help: nobody needs to run it by hand.
 */
@Command(name = "cds-training", hidden = true, description = "Exercise the common start-ups once, for the class data archive.")
final class CdsTrainingCommand implements Callable<Integer> {
    private static final List<String> MCP_SESSION = List.of(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"cds-training\",\"version\":\"0\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"list_lxc_containers\",\"arguments\":{}}}");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = Labcrew.env(spec);
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        int call = Labcrew.run(new String[] {"tools", "call", "list_lxc_containers", "--demo"}, discard, discard, env, null);
        int mcp = mcpSession(env, discard);
        return call == 0 && mcp == 0 ? 0 : Labcrew.FAILED;
    }

    /** Runs {@code mcp --stdio --demo} on pipes: sends the session's requests, waits for the last answer, ends stdin. */
    private static int mcpSession(Map<String, String> env, PrintWriter discard) throws IOException, InterruptedException {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        PipedOutputStream requests = new PipedOutputStream();
        PipedInputStream answers = new PipedInputStream(1 << 20);
        System.setIn(new PipedInputStream(requests, 1 << 16));
        System.setOut(new PrintStream(new PipedOutputStream(answers), true, StandardCharsets.UTF_8));
        AtomicInteger exit = new AtomicInteger(Labcrew.FAILED);
        Thread server = new Thread(() -> exit.set(Labcrew.run(new String[] {"mcp", "--stdio", "--demo"}, discard, discard, env, null)),
            "cds-training-mcp");
        try {
            server.start();
            for (String request : MCP_SESSION) {
                requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            }
            requests.flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null && !line.contains("\"id\":3"); line = reader.readLine()) {
                // read until the tool call's answer
            }
            requests.close();
            server.join(30_000);
            return exit.get();
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
    }
}
