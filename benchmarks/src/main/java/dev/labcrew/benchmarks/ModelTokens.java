package dev.labcrew.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the model reads per size: the listing's tokens per listed container, and the tokens of the single-guest
 * calls the issue compares with a peer server (status, config, snapshots, logs), as a Markdown table.
 */
final class ModelTokens {
    static final List<String> CALLS = List.of("check_lxc_status", "get_lxc_config", "check_lxc_snapshots", "check_lxc_logs");

    private ModelTokens() {
    }

    static String markdown(List<SizeResult> results) {
        StringBuilder out = new StringBuilder("\n## Tokens the model reads (o200k_base)\n\n")
            .append("| guests | containers | list_lxc_containers | per listed container |");
        CALLS.forEach(call -> out.append(' ').append(call).append(" |"));
        out.append("\n|---:|---:|---:|---:|").append("---:|".repeat(CALLS.size())).append('\n');
        for (SizeResult result : results) {
            int list = tokens(result, "list_lxc_containers").orElse(0);
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f |", result.size().guests(), result.containers(), list,
                result.containers() == 0 ? 0.0 : (double) list / result.containers()));
            CALLS.forEach(call -> out.append(' ').append(tokens(result, call).map(String::valueOf).orElse("-")).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    private static Optional<Integer> tokens(SizeResult result, String tool) {
        return result.rows().stream().filter(r -> r.tool().equals(tool)).map(Row::tokens).findFirst();
    }
}
