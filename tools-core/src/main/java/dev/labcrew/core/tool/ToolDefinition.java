package dev.labcrew.core.tool;

import dev.labcrew.core.Risk;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * A tool as declared once, next to its code: name, description, risk and parameters. The same
 * definition feeds the LangChain4j {@link ToolSpecification}, the MCP tool list and
 * {@code labcrew tools list}. Obtain definitions from a {@link ToolCatalog}.
 */
public final class ToolDefinition {
    private final String name;
    private final String description;
    private final Risk risk;
    private final boolean idempotent;
    private final List<ToolParam> params;
    private final ToolSpecification specification;
    private final Method method;
    private final Object target;

    ToolDefinition(String name, String description, Risk risk, boolean idempotent, List<ToolParam> params,
                   ToolSpecification specification, Method method, Object target) {
        this.name = name;
        this.description = description;
        this.risk = risk;
        this.idempotent = idempotent;
        this.params = List.copyOf(params);
        this.specification = specification;
        this.method = method;
        this.target = target;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Risk risk() {
        return risk;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public List<ToolParam> params() {
        return params;
    }

    /** The LangChain4j form of this tool (name, description, JSON schema of the parameters). */
    public ToolSpecification specification() {
        return specification;
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

    @Override
    public String toString() {
        return name + " (" + risk + ")";
    }
}
