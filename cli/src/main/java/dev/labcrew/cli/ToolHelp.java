package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import dev.labcrew.proxmox.ProxmoxToolset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code labcrew tools call NAME --help}: one tool's description, risk, parameters and an example call. */
final class ToolHelp {
    private ToolHelp() {
    }

    static List<ToolDefinition> all() {
        List<ToolDefinition> tools = new ArrayList<>(ProxmoxToolset.definitions());
        tools.addAll(DockerLab.definitions());
        return tools;
    }

    static String render(String name) {
        ToolDefinition tool = all().stream().filter(t -> t.name().equals(name)).findFirst()
            .orElseThrow(() -> LabcrewException.badInput("No tool named '" + name + "'", "list them with 'labcrew tools list'"));
        StringBuilder text = new StringBuilder();
        text.append(tool.name()).append(" (").append(tool.risk().name()).append(tool.risk() == Risk.READ_ONLY ? "" : ", asks for approval")
            .append(")\n  ").append(tool.description()).append("\n\nParameters:\n");
        if (tool.params().isEmpty()) {
            text.append("  (none)\n");
        }
        for (ToolParam p : tool.params()) {
            text.append(String.format("  %-14s %-8s %s%s%n", p.name(), p.type(), p.required() ? "" : "(optional) ", p.description()));
        }
        String required = tool.params().stream().filter(ToolParam::required).map(p -> p.name() + "=" + example(p))
            .collect(Collectors.joining(" "));
        text.append("\nExample:\n  labcrew tools call ").append(tool.name()).append(required.isEmpty() ? "" : " " + required)
            .append(" --demo").append(tool.risk() == Risk.READ_ONLY ? "" : " --dry-run").append('\n');
        return text.toString();
    }

    private static String example(ToolParam p) {
        return switch (p.name()) {
            case "vmid" -> "200";
            case "node" -> "pve1";
            case "snapname" -> "before-upgrade";
            case "container", "id" -> "web";
            default -> p.type().contains("int") || p.type().contains("number") ? "1" : "VALUE";
        };
    }
}
