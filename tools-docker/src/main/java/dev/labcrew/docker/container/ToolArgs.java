package dev.labcrew.docker.container;

import java.util.HashMap;
import java.util.Map;

/** Arguments for a runtime call from a facade method; null values mean "not given". */
final class ToolArgs {
    private ToolArgs() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                args.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return args;
    }
}
