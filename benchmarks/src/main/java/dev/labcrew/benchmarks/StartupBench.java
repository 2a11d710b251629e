package dev.labcrew.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Start-up and memory of the command line as a user meets it: {@code ./labcrew} with its class data archive, on the
 * JVM running the benchmarks, against that JVM's own {@code java -version}. Each figure is the median of a few runs
 * after one untimed run (which builds the jar and the archive when they are missing).
 */
final class StartupBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 300;
    private static final List<String> DEMO_CALL = List.of("./labcrew", "tools", "call", "list_lxc_containers", "--demo");

    private final Path root;
    private final int runs;
    private final Path state;

    /**
     * @param root the project's root, holding {@code ./labcrew}
     * @param runs timed runs of each figure
     */
    StartupBench(Path root, int runs) {
        this.root = root;
        this.runs = runs;
        try {
            this.state = Files.createTempDirectory("labcrew-bench-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project root seen from the working directory (the root or the benchmarks module), or null. */
    static Path findRoot() {
        for (Path candidate : List.of(Path.of(""), Path.of(".."))) {
            if (Files.isExecutable(candidate.resolve("labcrew")) && Files.isDirectory(candidate.resolve("cli"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    Startup measure() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(DEMO_CALL); // builds the jar and archive if stale
        mcp();
        double[] javaVersion = new double[runs];
        double[] call = new double[runs];
        double[] mcp = new double[runs];
        double[] rss = new double[runs];
        for (int i = 0; i < runs; i++) {
            javaVersion[i] = run(List.of(java, "-version"));
            call[i] = run(DEMO_CALL);
            McpStart start = mcp();
            mcp[i] = start.toolsListMs();
            rss[i] = start.idleRssKb();
        }
        return new Startup(median(javaVersion), median(call), median(mcp), (long) median(rss));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Runs the command to its end and returns its wall time in ms; fails when it fails. */
    private double run(List<String> command) {
        long start = System.nanoTime();
        Process process = start(command);
        try (InputStream out = process.getInputStream()) {
            out.transferTo(OutputStream.nullOutputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed or hung (exit "
                    + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            end(process);
        }
    }

    /** One {@code labcrew mcp --stdio --demo}: launch to the tools/list answer, then its resident memory once idle. */
    private McpStart mcp() {
        long start = System.nanoTime();
        Process process = start(List.of("./labcrew", "mcp", "--stdio", "--demo"));
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"labcrew-bench\",\"version\":\"0\"}}}\n");
            in.flush();
            CompletableFuture<Void> answered = CompletableFuture.runAsync(() -> {
                awaitAnswer(out, 1);
                try {
                    in.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}\n");
                    in.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                awaitAnswer(out, 2);
            });
            answered.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double toolsList = (System.nanoTime() - start) / 1e6;
            Thread.sleep(2_000);
            return new McpStart(toolsList, residentKb(process.pid()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("labcrew mcp did not answer initialize and tools/list: " + e, e);
        } finally {
            end(process);
        }
    }

    /** Kills the process and waits for it to be gone, so that it does not take CPU from the next measurement. */
    private static void end(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAnswer(BufferedReader out, int id) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                JsonNode message = line.startsWith("{") ? JSON.readTree(line) : null;
                if (message != null && message.path("id").asInt(-1) == id) {
                    return;
                }
            }
            throw new IllegalStateException("stdout ended before the answer to request " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** VmRSS of the process in KiB (Linux), 0 where /proc does not tell. */
    private static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    private Process start(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PROXMOX_") || name.startsWith("DOCKER_"));
        env.put("JAVA_HOME", System.getProperty("java.home")); // ./labcrew runs on the JVM java -version is timed on
        env.put("XDG_STATE_HOME", state.toString());
        env.put("XDG_CONFIG_HOME", state.toString());
        env.put("LABCREW_MODEL", "none");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    private record McpStart(double toolsListMs, long idleRssKb) {
    }
}
