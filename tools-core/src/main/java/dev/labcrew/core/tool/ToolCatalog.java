package dev.labcrew.core.tool;

import dev.labcrew.core.ToolRisk;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of tools found on tool objects: every public method annotated with
 * {@link Tool}, each of which must also declare a {@link ToolRisk}. Tool names must be unique.
 *
 * <pre>{@code
 * ToolCatalog catalog = ToolCatalog.of(new LxcTools(client), new SnapshotTools(client));
 * }</pre>
 *
 * <p>{@link #of} throws {@link IllegalArgumentException} when a tool lacks a risk or a name repeats.
 */
public final class ToolCatalog {
    private final Map<String, ToolDefinition> tools;

    private ToolCatalog(Map<String, ToolDefinition> tools) {
        this.tools = tools;
    }

    /** Scans the given objects for {@code @Tool} methods. */
    public static ToolCatalog of(Object... toolObjects) {
        Map<String, ToolDefinition> found = new LinkedHashMap<>();
        for (Object target : toolObjects) {
            scan(target.getClass(), target, found);
        }
        return new ToolCatalog(found);
    }

    /**
     * Describes the tools of the given classes without instances: for listing names, risks and
     * parameters. A runtime refuses to call tools of such a catalog.
     */
    public static ToolCatalog describe(Class<?>... toolClasses) {
        Map<String, ToolDefinition> found = new LinkedHashMap<>();
        for (Class<?> type : toolClasses) {
            scan(type, null, found);
        }
        return new ToolCatalog(found);
    }

    private static void scan(Class<?> type, Object target, Map<String, ToolDefinition> found) {
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (method.isAnnotationPresent(Tool.class) && !Modifier.isStatic(method.getModifiers())) {
                ToolDefinition definition = define(method, target);
                if (found.putIfAbsent(definition.name(), definition) != null) {
                    throw new IllegalArgumentException("Duplicate tool name: " + definition.name());
                }
            }
        }
    }

    /** A catalog holding the tools of this one and of {@code other}. */
    public ToolCatalog plus(ToolCatalog other) {
        Map<String, ToolDefinition> merged = new LinkedHashMap<>(tools);
        other.tools.forEach((name, definition) -> {
            if (merged.putIfAbsent(name, definition) != null) {
                throw new IllegalArgumentException("Duplicate tool name: " + name);
            }
        });
        return new ToolCatalog(merged);
    }

    /** Every tool of the catalog, in the order found. */
    public List<ToolDefinition> definitions() {
        return List.copyOf(tools.values());
    }

    /** The tool of that name, if the catalog has one. */
    public Optional<ToolDefinition> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    private static ToolDefinition define(Method method, Object target) {
        Tool tool = method.getAnnotation(Tool.class);
        String name = tool.name().isBlank() ? method.getName() : tool.name();
        String description = String.join("\n", tool.value());
        ToolRisk risk = method.getAnnotation(ToolRisk.class);
        if (risk == null) {
            throw new IllegalArgumentException("Tool " + name + " declares no @ToolRisk");
        }
        List<ToolParam> params = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            P p = parameter.getAnnotation(P.class);
            String paramDescription = p == null ? "" : p.value();
            boolean required = p == null || p.required();
            String paramName = p != null && !p.name().isBlank() ? p.name() : parameter.getName();
            params.add(new ToolParam(paramName, paramDescription, ToolArguments.jsonType(parameter.getType()), required));
        }
        method.setAccessible(true);
        return new ToolDefinition(name, description, risk.value(), risk.idempotent(), params, method, target);
    }
}
