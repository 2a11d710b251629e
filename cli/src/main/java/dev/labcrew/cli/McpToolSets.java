package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code --tools lxc,vm,lab,docker,read-only,NAME}: toolsets are joined, {@code read-only} narrows them (or
 * all tools when no toolset is named), exact tool names are always added.
 */
final class McpToolSets {
    static final List<String> SETS = List.of("lxc", "vm", "lab", "docker", "read-only", "all");
    /** The Proxmox tools of the whole lab rather than of one guest kind: nodes, storage, cluster, tasks, backups. */
    private static final Set<String> LAB = Set.of("list_nodes", "check_node_health", "list_storage", "check_cluster_status",
        "list_recent_tasks", "check_backups");

    private McpToolSets() {
    }

    static Predicate<ToolDefinition> select(List<String> choices, List<ToolDefinition> available) {
        if (choices.isEmpty()) {
            return tool -> true;
        }
        Set<String> names = new HashSet<>();
        available.forEach(tool -> names.add(tool.name()));
        List<Predicate<ToolDefinition>> families = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        boolean readOnly = false;
        for (String raw : choices) {
            String choice = raw.strip().toLowerCase(Locale.ROOT);
            switch (choice) {
                case "lxc" -> families.add(tool -> tool.name().contains("lxc"));
                case "vm" -> families.add(tool -> tool.name().matches("(.*_vm|.*_vm_.*|list_vms)"));
                case "lab" -> families.add(tool -> LAB.contains(tool.name()));
                case "docker" -> families.add(tool -> !tool.name().contains("lxc")
                    && (tool.name().contains("docker") || tool.name().contains("container")));
                case "all" -> families.add(tool -> true);
                case "read-only", "readonly" -> readOnly = true;
                default -> {
                    if (!names.contains(raw.strip())) {
                        throw LabcrewException.badInput("--tools: '" + raw + "' is neither a toolset (" + String.join(", ", SETS)
                            + ") nor a tool of this lab", "see the names with 'labcrew tools list'");
                    }
                    exact.add(raw.strip());
                }
            }
        }
        Predicate<ToolDefinition> set = families.isEmpty() ? (readOnly ? tool -> true : tool -> false)
            : families.stream().reduce(tool -> false, Predicate::or);
        Predicate<ToolDefinition> narrowed = readOnly ? set.and(tool -> tool.risk() == Risk.READ_ONLY) : set;
        Predicate<ToolDefinition> selected = narrowed.or(tool -> exact.contains(tool.name()));
        if (available.stream().noneMatch(selected)) {
            throw LabcrewException.badInput("--tools " + String.join(",", choices) + " selects no tool of this lab",
                "see the names with 'labcrew tools list'");
        }
        return selected;
    }
}
