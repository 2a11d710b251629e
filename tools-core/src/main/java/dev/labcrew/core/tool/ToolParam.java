package dev.labcrew.core.tool;

/**
 * One parameter of a tool, as the model and the command line see it.
 *
 * @param name the parameter name (the Java parameter name, e.g. {@code vmid})
 * @param description what to pass
 * @param type JSON type: {@code string}, {@code integer}, {@code number} or {@code boolean}
 * @param required whether the call fails without it
 */
public record ToolParam(String name, String description, String type, boolean required) {
}
