package dev.labcrew.core.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a tool a model, an MCP client or the command line can call. The method must also
 * declare its {@link dev.labcrew.core.ToolRisk}; a {@link ToolCatalog} refuses a tool without one.
 * Describe each parameter with {@link P}.
 *
 * <pre>{@code
 * @Tool(name = "list_lxc_containers", value = "List LXC containers with status, CPU, memory and disk.")
 * @ToolRisk(Risk.READ_ONLY)
 * public LxcList listLxcContainers(@P(value = "only this node", required = false) String node) { ... }
 * }</pre>
 *
 * The adapters (labcrew-langchain4j, labcrew-mcp) turn the same declaration into their own forms.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {
    /**
     * The tool's name as a model sees it, e.g. {@code list_lxc_containers}.
     *
     * @return the name; the method's name when empty
     */
    String name() default "";

    /**
     * What the tool does, for the model: its lines are joined with a newline.
     *
     * @return the description
     */
    String[] value() default {};
}
