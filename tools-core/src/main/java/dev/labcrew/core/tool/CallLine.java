package dev.labcrew.core.tool;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The arguments of a call written the way a human or a model types them back: {@code vmid=200 node=pve1},
 * each value that holds a space or a quote in single quotes. Used where a PENDING result names the exact call
 * that runs once approved, including arguments the caller never typed (a node filled in by triage).
 */
public final class CallLine {
    private CallLine() {
    }

    /** {@code key=value} pairs in the map's order, separated by single spaces; empty for no arguments. */
    public static String arguments(Map<String, ?> arguments) {
        return arguments.entrySet().stream().map(e -> quote(e.getKey() + "=" + e.getValue()))
            .collect(Collectors.joining(" "));
    }

    /** One word for a POSIX shell: as is when it holds only safe characters, else in single quotes. */
    public static String quote(String word) {
        return word.matches("[A-Za-z0-9_.,:/@=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
