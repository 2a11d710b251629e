package dev.labcrew.mcp;

import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parameters that many served tools take with the same description ({@code vmid}, {@code node}, {@code reason},
 * {@code dry_run}, ...): described once in the server instructions instead of in every tool's schema, where
 * they made up a quarter of {@code tools/list}. A required one stays in the schema without its description; an
 * optional one is left out of it. A call may still pass it; a tool that does not take it refuses it with its
 * own parameter list.
 */
final class SharedParams {
    /** A parameter repeated on fewer tools stays in their schemas. */
    static final int MIN_TOOLS = 4;

    private final Map<String, String> descriptions;
    private final Map<String, Set<String>> tools;
    private final List<ToolDefinition> served;

    private SharedParams(Map<String, String> descriptions, Map<String, Set<String>> tools, List<ToolDefinition> served) {
        this.descriptions = descriptions;
        this.tools = tools;
        this.served = served;
    }

    static SharedParams of(List<ToolDefinition> served) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (ToolDefinition tool : served) {
            for (ToolParam param : tool.params()) {
                if (!param.description().isBlank()) {
                    byKey.computeIfAbsent(param.name() + "\n" + param.description(), k -> new TreeSet<>()).add(tool.name());
                }
            }
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, Set<String>> tools = new LinkedHashMap<>();
        byKey.forEach((key, names) -> {
            String name = key.substring(0, key.indexOf('\n'));
            if (names.size() >= MIN_TOOLS && !descriptions.containsKey(name)) {
                descriptions.put(name, key.substring(key.indexOf('\n') + 1));
                tools.put(name, names);
            }
        });
        return new SharedParams(descriptions, tools, List.copyOf(served));
    }

    /** Whether {@code param} of {@code tool} is optional and said once in the instructions, not in the tool's schema. */
    boolean omits(ToolDefinition tool, ToolParam param) {
        return !param.required() && describes(tool, param);
    }

    /** Whether the description of {@code param} of {@code tool} is said once in the instructions. */
    boolean describes(ToolDefinition tool, ToolParam param) {
        return descriptions.containsKey(param.name()) && descriptions.get(param.name()).equals(param.description())
            && tools.get(param.name()).contains(tool.name());
    }

    /** One sentence per shared parameter for the server instructions; empty when none is shared. */
    String instructions() {
        if (descriptions.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        descriptions.forEach((name, description) -> lines.add(name + " (" + where(tools.get(name)) + "): " + description + "."));
        return " Arguments described here once, not in each tool's schema; optional ones are left out of it: "
            + String.join(" ", lines);
    }

    private String where(Set<String> names) {
        Set<String> changing = new TreeSet<>();
        Map<String, Set<String>> requiring = new LinkedHashMap<>();
        for (ToolDefinition tool : served) {
            if (tool.risk() != Risk.READ_ONLY) {
                changing.add(tool.name());
            }
            for (ToolParam param : tool.params()) {
                if (param.required()) {
                    requiring.computeIfAbsent(param.name(), k -> new TreeSet<>()).add(tool.name());
                }
            }
        }
        if (names.equals(changing)) {
            return "every tool that changes something";
        }
        for (Map.Entry<String, Set<String>> param : requiring.entrySet()) {
            if (names.equals(param.getValue())) {
                return "every tool taking " + param.getKey();
            }
        }
        return String.join(", ", names);
    }
}
