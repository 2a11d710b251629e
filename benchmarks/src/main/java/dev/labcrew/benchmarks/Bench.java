package dev.labcrew.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the harness at 10, 100, 1,000 and 3,000 guests, prints a table to stdout and writes the same
 * as Markdown to {@code benchmarks/target/results.md} (or the file named by the first argument).
 *
 * <pre>{@code
 * ./mvnw -q -B -pl benchmarks -am -DskipTests -Pbench package && java -jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
public final class Bench {
    static final List<ClusterSize> SIZES = List.of(new ClusterSize(2, 10), new ClusterSize(4, 100),
        new ClusterSize(8, 1000), new ClusterSize(10, 3000));

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : defaultOutput());
        Startup startup = startup(); // first, on a quiet machine: the cluster runs leave simulators and threads winding down
        List<SizeResult> results = run(SIZES, Iterations.standard());
        Report report = new Report(results, startup);
        System.out.print(report.text());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.markdown());
        System.out.println(System.lineSeparator() + "written: " + output.toAbsolutePath());
    }

    /** Measures each size in turn, each against its own simulator. */
    public static List<SizeResult> run(List<ClusterSize> sizes, Iterations iterations) {
        ClusterBench bench = new ClusterBench(iterations);
        List<SizeResult> results = new ArrayList<>();
        for (ClusterSize size : sizes) {
            results.add(bench.run(size));
            System.err.println("measured " + size.guests() + " guests");
        }
        return results;
    }

    /** Start-up and memory of ./labcrew, or null (with a line saying so) when the project's root is not at hand. */
    private static Startup startup() {
        Path root = StartupBench.findRoot();
        if (root == null) {
            System.err.println("start-up not measured: run from the project's root (or benchmarks/) to find ./labcrew");
            return null;
        }
        System.err.println("measuring start-up and memory of ./labcrew (builds the command line first if it is stale)");
        return new StartupBench(root, 5).measure();
    }

    // Run from the reactor root or the module directory; land in benchmarks/target either way.
    private static String defaultOutput() {
        return Files.isDirectory(Path.of("benchmarks")) ? "benchmarks/target/results.md" : "target/results.md";
    }
}
