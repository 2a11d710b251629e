package dev.labcrew.core.analysis;

import java.util.Map;
import java.util.TreeMap;

/**
 * A tool call a finding suggests; it runs only through the runtime and its approval gate.
 *
 * @param reason why, shown to the human who decides
 */
public record ProposedAction(String tool, Map<String, Object> arguments, String reason) {
    public ProposedAction {
        arguments = new TreeMap<>(arguments);
    }
}
