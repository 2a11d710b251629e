package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The official TypeScript MCP SDK client from npm, driven by {@code mcp/client.mjs}. The SDK is
 * installed once into {@code target/mcp-node}. Without node and npm the calling test is skipped
 * (set {@code LABCREW_REQUIRE_NODE=1} to fail instead, as CI should).
 */
final class NodeMcpClient {
    static final String SDK = "@modelcontextprotocol/sdk@1.32.2";
    private static final Path HOME = Path.of("target", "mcp-node").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String unavailable;
    private static boolean installed;

    private NodeMcpClient() {
    }

    /** Runs the client with {@code plan} (see client.mjs) and returns what it printed. */
    static JsonNode run(Map<String, Object> plan) throws IOException, InterruptedException {
        ensureInstalled();
        Path out = HOME.resolve("client.out");
        ProcessBuilder builder = new ProcessBuilder("node", HOME.resolve("client.mjs").toString()).directory(HOME.toFile())
            .redirectOutput(out.toFile()).redirectError(HOME.resolve("client.log").toFile());
        builder.environment().put("LABCREW_MCP_CLIENT", JSON.writeValueAsString(plan));
        Process node = builder.start();
        node.getOutputStream().close();
        if (!node.waitFor(90, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("the node MCP client did not finish within 90 s:\n" + Files.readString(HOME.resolve("client.log")));
        }
        String text = Files.readString(out).strip();
        String last = text.substring(text.lastIndexOf('\n') + 1);
        if (node.exitValue() != 0 || !last.startsWith("{")) {
            fail("the node MCP client failed (exit " + node.exitValue() + "): " + text + "\nstderr of the client and the server:\n"
                + Files.readString(HOME.resolve("client.log")));
        }
        return JSON.readTree(last);
    }

    private static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (!installed && unavailable == null) {
            unavailable = install();
            installed = unavailable == null;
        }
        if (unavailable != null) {
            if (System.getenv("LABCREW_REQUIRE_NODE") != null) {
                fail(unavailable + " (LABCREW_REQUIRE_NODE is set)");
            }
            assumeTrue(false, unavailable + ": skipping the tests that drive labcrew mcp with the TypeScript MCP client");
        }
        try (InputStream script = NodeMcpClient.class.getResourceAsStream("/mcp/client.mjs")) {
            Files.copy(script, HOME.resolve("client.mjs"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Null when ready, else why not. */
    private static String install() throws IOException, InterruptedException {
        if (!succeeds(List.of("node", "--version")) || !succeeds(List.of("npm", "--version"))) {
            return "node and npm are not on the PATH";
        }
        Path marker = HOME.resolve("node_modules/@modelcontextprotocol/sdk/package.json");
        if (Files.exists(marker) && Files.readString(marker).contains("\"version\": \"1.32.2\"")) {
            return null;
        }
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund",
            "--loglevel=error", SDK).redirectErrorStream(true).start();
        String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            return "npm could not install " + SDK + " (offline?): " + log.strip();
        }
        return null;
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
