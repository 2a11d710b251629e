package dev.labcrew.core.tool;

import java.util.HashMap;
import java.util.Map;

/**
 * Arguments for {@link ToolRuntime#call} from alternating names and values; null values mean "not
 * given". Used by the facade methods of changing tools, which only forward to the runtime.
 *
 * <pre>{@code
 * runtime.call("restart_lxc", ToolArgs.of("vmid", vmid, "node", node, "reason", reason));
 * }</pre>
 */
public final class ToolArgs {
    private ToolArgs() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Expected name, value pairs, got " + namesAndValues.length + " items");
        }
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                args.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return args;
    }
}
