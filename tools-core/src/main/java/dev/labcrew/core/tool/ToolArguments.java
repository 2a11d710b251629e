package dev.labcrew.core.tool;

import dev.labcrew.core.LabcrewException;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

/** Converts loosely typed arguments (JSON values, command-line strings) to a tool method's parameters. */
final class ToolArguments {
    private ToolArguments() {
    }

    static Object[] bind(ToolDefinition tool, Map<String, ?> arguments) {
        Parameter[] parameters = tool.method().getParameters();
        Set<String> known = new LinkedHashSet<>();
        for (ToolParam param : tool.params()) {
            known.add(param.name());
        }
        for (String name : arguments.keySet()) {
            if (!known.contains(name)) {
                throw LabcrewException.badInput("Unknown parameter '" + name + "' for tool " + tool.name(),
                        "parameters of " + tool.name() + ": " + (known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            ToolParam param = tool.params().get(i);
            Object raw = arguments.get(param.name());
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                if (param.required()) {
                    throw LabcrewException.badInput("Missing required parameter '" + param.name() + "' for tool " + tool.name(),
                            "pass " + param.name() + "=<" + param.type() + ">" + (param.description().isBlank() ? "" : ": " + param.description()));
                }
                values.add(parameters[i].getType().isPrimitive() ? defaultOf(parameters[i].getType()) : null);
            } else {
                values.add(convert(tool.name(), param.name(), raw, parameters[i].getType()));
            }
        }
        return values.toArray();
    }

    static String jsonType(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return "string";
    }

    private static Object convert(String tool, String name, Object raw, Class<?> type) {
        String text = raw.toString().trim();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == int.class || type == Integer.class) {
                return raw instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : Integer.parseInt(text);
            }
            if (type == long.class || type == Long.class) {
                return raw instanceof Number n ? n.longValue() : Long.parseLong(text);
            }
            if (type == double.class || type == Double.class) {
                return raw instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
            }
            if (type == boolean.class || type == Boolean.class) {
                return parseBoolean(text);
            }
        } catch (IllegalArgumentException e) {
            throw LabcrewException.badInput("Parameter '" + name + "' of " + tool + " must be " + jsonType(type) + ", got '" + text + "'",
                    "e.g. " + name + "=" + example(type));
        }
        throw new IllegalStateException("Unsupported parameter type " + type + " for " + tool + "." + name);
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static String example(Class<?> type) {
        return switch (jsonType(type)) {
            case "integer" -> "102";
            case "number" -> "0.5";
            case "boolean" -> "true";
            default -> "text";
        };
    }

    private static Object defaultOf(Class<?> type) {
        return type == boolean.class ? Boolean.FALSE : 0;
    }
}
