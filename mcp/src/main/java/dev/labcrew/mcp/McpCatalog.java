package dev.labcrew.mcp;

import dev.labcrew.core.Risk;
import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.tool.ToolCaller;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog mode, for clients that cap the number of tools: two tools instead of all of them. {@code find_tools}
 * lists the served tools whose name or description holds every word of a query, one line each with parameters and
 * risk; {@code call_tool} runs one of them by name, through the same runtime, gates and audit as a direct call.
 */
final class McpCatalog {
    static final String FIND = "find_tools";
    static final String CALL = "call_tool";

    private McpCatalog() {
    }

    static List<SyncToolSpecification> specifications(List<ToolDefinition> served, Redactor redactor, ToolCaller caller) {
        Map<String, ToolDefinition> byName = new LinkedHashMap<>();
        served.forEach(t -> byName.put(t.name(), t));
        McpToolCall call = new McpToolCall(redactor, caller);
        Tool find = Tool.builder().name(FIND).description("Find Labcrew tools by words, e.g. lxc snapshot; empty lists all.")
            .inputSchema(schema(List.of("query", "string"), List.of()))
            .annotations(ToolAnnotations.builder().readOnlyHint(true).build()).build();
        Tool run = Tool.builder().name(CALL).description("Run a tool that find_tools listed.")
            .inputSchema(schema(List.of("name", "string", "arguments", "object"), List.of("name")))
            .build();
        return List.of(
            new SyncToolSpecification(find, (exchange, request) -> McpToolCall.result(find(byName.values(),
                String.valueOf(request.arguments() == null ? "" : request.arguments().getOrDefault("query", ""))), false)),
            new SyncToolSpecification(run, (exchange, request) -> {
                Object name = request.arguments() == null ? null : request.arguments().get("name");
                if (name == null || !byName.containsKey(name.toString())) {
                    return McpToolCall.result("ERROR NOT_FOUND: no tool '" + name + "' here\nhint: " + FIND + " lists the tools", true);
                }
                return call.apply(exchange, new CallToolRequest(name.toString(), arguments(request.arguments().get("arguments"))));
            }));
    }

    /** One line per tool whose name or description holds every word of {@code query}. */
    static String find(Iterable<ToolDefinition> tools, String query) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("[\\s,]+"));
        List<String> lines = new ArrayList<>();
        for (ToolDefinition tool : tools) {
            String text = (tool.name().replace('_', ' ') + " " + tool.description()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(w -> w.isEmpty() || text.contains(w))) {
                lines.add(line(tool));
            }
        }
        return lines.isEmpty() ? "No tool matches '" + query.strip() + "'; an empty query lists all." : String.join("\n", lines);
    }

    /** {@code check_lxc_status(vmid*: guest VMID, node) read-only: Is an LXC container running; ...} ({@code *}: required). */
    private static String line(ToolDefinition tool) {
        List<String> params = new ArrayList<>();
        for (ToolParam p : tool.params()) {
            params.add(p.name() + (p.required() ? "*" : "") + (p.description().isBlank() ? "" : ": " + p.description()));
        }
        return tool.name() + "(" + String.join(", ", params) + ") " + tool.risk().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + (tool.risk() == Risk.READ_ONLY ? "" : ", needs approval") + ": " + tool.description();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(Object raw) {
        return raw instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** An object schema of {@code namesAndTypes} (name, JSON type, name, type, ...) in that order. */
    private static Map<String, Object> schema(List<String> namesAndTypes, List<String> required) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.size(); i += 2) {
            properties.put(namesAndTypes.get(i), Map.of("type", namesAndTypes.get(i + 1)));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }
}
