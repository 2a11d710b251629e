package dev.labcrew.core.tool;

import dev.labcrew.core.Risk;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tool as declared once, next to its code: name, description, risk and parameters. The same
 * definition feeds the LangChain4j tool specification (labcrew-langchain4j), the MCP tool list
 * (labcrew-mcp) and {@code labcrew tools list}. Obtain definitions from a {@link ToolCatalog}.
 */
public final class ToolDefinition {
    private final String name;
    private final String description;
    private final Risk risk;
    private final boolean idempotent;
    private final List<ToolParam> params;
    private final Map<String, Object> inputSchema;
    private final Method method;
    private final Object target;

    ToolDefinition(String name, String description, Risk risk, boolean idempotent, List<ToolParam> params,
                   Method method, Object target) {
        this.name = name;
        this.description = description;
        this.risk = risk;
        this.idempotent = idempotent;
        this.params = List.copyOf(params);
        this.inputSchema = schema(this.params);
        this.method = method;
        this.target = target;
    }

    /** The tool's name, e.g. {@code list_lxc_containers}. */
    public String name() {
        return name;
    }

    /** What the tool does, for the model. */
    public String description() {
        return description;
    }

    /** The risk declared with {@link dev.labcrew.core.ToolRisk}: whether a human approves a call first. */
    public Risk risk() {
        return risk;
    }

    /** Whether calling twice with the same arguments has the same effect as calling once. */
    public boolean idempotent() {
        return idempotent;
    }

    /** The parameters, in declaration order. */
    public List<ToolParam> params() {
        return params;
    }

    /**
     * The JSON Schema of the tool's arguments, as a model or an MCP client sees it: an object whose
     * {@code properties} hold each parameter's {@code type} ({@code string}, {@code integer}, {@code number} or
     * {@code boolean}) and {@code description}, in declaration order, and whose {@code required} lists the
     * required ones. A tool without parameters has an empty {@code properties} and no {@code required}.
     *
     * @return an unmodifiable map, ready to serialize as JSON
     */
    public Map<String, Object> inputSchema() {
        return inputSchema;
    }

    /** An annotation on the tool's method, e.g. the privileges a backend declares next to the tool. */
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return Optional.ofNullable(method.getAnnotation(type));
    }

    Method method() {
        return method;
    }

    Object target() {
        return target;
    }

    private static Map<String, Object> schema(List<ToolParam> params) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ToolParam param : params) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", param.type());
            if (param.description() != null && !param.description().isEmpty()) {
                property.put("description", param.description());
            }
            properties.put(param.name(), Collections.unmodifiableMap(property));
            if (param.required()) {
                required.add(param.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Collections.unmodifiableMap(properties));
        if (!params.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        return Collections.unmodifiableMap(schema);
    }

    @Override
    public String toString() {
        return name + " (" + risk + ")";
    }
}
