package dev.labcrew.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the risk of a {@link dev.labcrew.core.tool.Tool} method, next to the tool itself.
 * A {@code @Tool} method without this annotation is refused by the catalog: risk is never implied.
 *
 * <pre>{@code
 * @Tool(name = "list_lxc_containers", value = "List LXC containers")
 * @ToolRisk(Risk.READ_ONLY)
 * public LxcList listLxcContainers(@P(value = "node", required = false) String node) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ToolRisk {
    /** The risk level. */
    Risk value();

    /** Whether calling twice with the same arguments has the same effect as calling once. */
    boolean idempotent() default true;
}
