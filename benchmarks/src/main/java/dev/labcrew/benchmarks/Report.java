package dev.labcrew.benchmarks;

import java.util.List;
import java.util.Locale;

/** Renders the results as a plain-text table for the console and as Markdown for {@code results.md}. */
final class Report {
    private final List<SizeResult> results;
    private final Startup startup;

    Report(List<SizeResult> results) {
        this(results, null);
    }

    /** @param startup start-up and memory of ./labcrew, or null when not measured */
    Report(List<SizeResult> results, Startup startup) {
        this.results = List.copyOf(results);
        this.startup = startup;
    }

    String text() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-26s %7s %9s %11s %8s %8s%n",
            "tool", "guests", "requests", "median ms", "tokens", "chars"));
        for (SizeResult result : results) {
            for (Row row : result.rows()) {
                out.append(String.format(Locale.ROOT, "%-26s %7d %9d %11.2f %8s %8s%n", label(row), row.guests(),
                    row.requests(), row.medianMs(), size(row, row.tokens()), size(row, row.chars())));
            }
        }
        out.append(System.lineSeparator()).append(ModelTokens.markdown(results));
        out.append(System.lineSeparator()).append("runtime overhead (check_lxc_status vs its GETs with bare OkHttp + Jackson, interleaved)")
            .append(System.lineSeparator());
        for (SizeResult result : results) {
            Overhead o = result.overhead();
            out.append(String.format(Locale.ROOT, "  %5d guests: %d GETs, runtime %.0f us, bare %.0f us, +%.0f us, x%.2f%n",
                o.guests(), o.reads(), o.runtimeMicros(), o.bareMicros(), o.addedMicros(), o.ratio()));
        }
        out.append(System.lineSeparator()).append("triage with every response delayed (wall vs requests x RTT / parallelism)")
            .append(System.lineSeparator());
        for (SizeResult result : results) {
            TriageAtRtt t = result.triageAtRtt();
            out.append(String.format(Locale.ROOT, "  %5d guests: %d requests (%.1f per guest), %.0f ms at %.0f ms RTT x%d, ideal %.0f ms, x%.2f%n",
                t.guests(), t.requests(), t.requestsPerGuest(), t.wallMs(), t.rttMs(), t.parallelism(), t.idealMs(), t.ratio()));
        }
        if (startup != null) {
            out.append(System.lineSeparator()).append("start-up and memory of ./labcrew (medians)").append(System.lineSeparator())
                .append(String.format(Locale.ROOT, "  java -version %.0f ms; tools call list_lxc_containers --demo %.0f ms (x%.1f);"
                    + " mcp initialize + tools/list %.0f ms (x%.1f); mcp idle %d MiB%n", startup.javaVersionMs(), startup.callMs(),
                    startup.callRatio(), startup.mcpMs(), startup.mcpRatio(), startup.mcpIdleRssKb() / 1024));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Labcrew benchmark results\n\n")
            .append("| tool | guests | requests/call | median ms | tokens (o200k_base) | chars |\n")
            .append("|---|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            for (Row row : result.rows()) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %s | %s |%n", label(row),
                    row.guests(), row.requests(), row.medianMs(), size(row, row.tokens()), size(row, row.chars())));
            }
        }
        out.append(ModelTokens.markdown(results));
        out.append("\n## Runtime overhead\n\n")
            .append("check_lxc_status against the same GETs with a bare OkHttp client and a Jackson parse, interleaved.\n\n")
            .append("| guests | GETs | runtime µs | bare µs | added µs | ratio |\n|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            Overhead o = result.overhead();
            out.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.0f | %.2f |%n", o.guests(), o.reads(),
                o.runtimeMicros(), o.bareMicros(), o.addedMicros(), o.ratio()));
        }
        out.append("\n## Triage at a fixed RTT\n\n")
            .append("Every response delayed; the ideal is requests x RTT / parallelism.\n\n")
            .append("| guests | requests | per guest | RTT ms | parallelism | wall ms | ideal ms | ratio |\n")
            .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            TriageAtRtt t = result.triageAtRtt();
            out.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %d | %.0f | %.0f | %.2f |%n", t.guests(), t.requests(),
                t.requestsPerGuest(), t.rttMs(), t.parallelism(), t.wallMs(), t.idealMs(), t.ratio()));
        }
        if (startup != null) {
            out.append("\n## Start-up and memory\n\n")
                .append("`./labcrew` with its class data archive, on the benchmarks' JVM; medians of 5 runs after one untimed.\n\n")
                .append("| java -version ms | tools call list_lxc_containers --demo ms | x java -version | mcp initialize + tools/list ms"
                    + " | x java -version | mcp idle MiB |\n|---:|---:|---:|---:|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| %.0f | %.0f | %.1f | %.0f | %.1f | %d |%n", startup.javaVersionMs(),
                    startup.callMs(), startup.callRatio(), startup.mcpMs(), startup.mcpRatio(), startup.mcpIdleRssKb() / 1024));
        }
        return out.toString();
    }

    private static String label(Row row) {
        return row.error() ? row.tool() + " (error)" : row.tool();
    }

    private static String size(Row row, int value) {
        return ClusterBench.TRIAGE.equals(row.tool()) ? "-" : String.valueOf(value);
    }
}
