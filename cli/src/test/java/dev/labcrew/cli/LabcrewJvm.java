package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real {@code labcrew} entry point in a child JVM on the test classpath, as an MCP client starts it. */
final class LabcrewJvm implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("over MCP at (http://\\S+/mcp)");

    private final Process process;
    private final String url;

    private LabcrewJvm(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** {@code java ... dev.labcrew.cli.Labcrew ARGS}: the command an MCP client would spawn. */
    static List<String> command(String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, Labcrew.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code labcrew mcp --http ...} and waits until it says where it listens. */
    static LabcrewJvm startHttp(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    System.err.println("[labcrew mcp] " + line);
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.complete(null);
        }, "labcrew-mcp-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String found = url.get(60, TimeUnit.SECONDS);
            if (found == null) {
                fail("labcrew mcp --http exited before listening:\n" + seen);
            }
            return new LabcrewJvm(process, found);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("labcrew mcp --http did not start:\n" + seen, e);
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
