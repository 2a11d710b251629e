package dev.labcrew.cli;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import dev.labcrew.proxmox.ProxmoxToolset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labcrew tools list [--json]}: every tool with its risk and parameters. Needs no lab. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Every tool with its risk level and parameters.")
final class ToolsListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ToolDefinition> tools = ToolHelp.all();
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(tools.stream().map(ToolsListCommand::describe).toList()));
            return 0;
        }
        TextTable table = new TextTable("TOOL", "RISK", "PARAMETERS", "DESCRIPTION");
        for (ToolDefinition tool : tools) {
            String params = tool.params().stream().map(p -> p.required() ? p.name() : "[" + p.name() + "]").collect(Collectors.joining(" "));
            table.row(tool.name(), tool.risk().name(), params, tool.description());
        }
        out.print(table.render());
        out.flush();
        return 0;
    }

    private static Map<String, Object> describe(ToolDefinition tool) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", tool.name());
        m.put("risk", tool.risk().name());
        m.put("idempotent", tool.idempotent());
        m.put("description", tool.description());
        List<Map<String, Object>> params = tool.params().stream().map(ToolsListCommand::describe).toList();
        m.put("parameters", params);
        return m;
    }

    private static Map<String, Object> describe(ToolParam p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type());
        m.put("required", p.required());
        m.put("description", p.description());
        return m;
    }
}
